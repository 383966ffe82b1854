/**
 * Neural Draft in the web app: the {@link com.fashionos.ui.draft.DraftService} facade that starts, decides and reads
 * draft workflows; the live {@link com.fashionos.ui.draft.DraftPanel} for deal and contact pages; the pending drafts
 * and outbox views; the start-up re-drive of drafts the embedded Temporal server forgot.
 */
@NullMarked
package com.fashionos.ui.draft;

import org.jspecify.annotations.NullMarked;

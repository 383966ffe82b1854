/**
 * The REST API for external systems ({@code /api/v1/...}), authenticated with a brand API token in
 * {@code Authorization: Bearer fos_…}: request drafts, read them, approve or reject them. JSON in and out.
 */
@NullMarked
package com.fashionos.ui.api;

import org.jspecify.annotations.NullMarked;

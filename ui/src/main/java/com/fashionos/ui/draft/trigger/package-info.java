/** Starts a Neural Draft when a deal enters the brand's draft trigger stage (Pitch by default). */
@NullMarked
package com.fashionos.ui.draft.trigger;

import org.jspecify.annotations.NullMarked;

/**
 * Cross-cutting UI: the triptych layout (sidebar, main, intelligence panel), error handling and error views, and
 * small shared components.
 */
@NullMarked
package com.fashionos.ui.base;

import org.jspecify.annotations.NullMarked;

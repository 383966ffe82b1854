/** The {@code /crm} dashboard: a summary of the current brand's relationships. */
@NullMarked
package com.fashionos.ui.dashboard;

import org.jspecify.annotations.NullMarked;

/** Deal views: the sponsorship and sales pipeline at {@code /crm/deals}. */
@NullMarked
package com.fashionos.ui.deal;

import org.jspecify.annotations.NullMarked;

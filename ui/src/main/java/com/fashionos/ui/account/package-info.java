/** Account views: the company registry (sponsors, buyers, media, vendors) at {@code /crm/accounts}. */
@NullMarked
package com.fashionos.ui.account;

import org.jspecify.annotations.NullMarked;

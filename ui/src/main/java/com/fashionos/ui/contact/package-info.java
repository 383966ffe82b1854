/** Contact views: the global contact registry at {@code /crm/contacts}, loaded lazily from the database. */
@NullMarked
package com.fashionos.ui.contact;

import org.jspecify.annotations.NullMarked;

/** Contacts: the people behind accounts, their validation (email, E.164 phone numbers), duplicates, the filtered contact list and bulk actions. */
@NullMarked
package com.fashionos.crm.contact;

import org.jspecify.annotations.NullMarked;

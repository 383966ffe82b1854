/** Global search over contacts, accounts and deals (titles and numbers), tolerant of typos. */
@NullMarked
package com.fashionos.crm.search;

import org.jspecify.annotations.NullMarked;

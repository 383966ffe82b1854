/** Accounts: the companies a Maison works with (sponsors, buyers, media, vendors), their list, lookup and soft delete. */
@NullMarked
package com.fashionos.crm.account;

import org.jspecify.annotations.NullMarked;

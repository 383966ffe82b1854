/**
 * People who sign in to FashionOS: their accounts, passwords, sign-in throttling, and the brands they belong to
 * with which {@link com.fashionos.crm.user.Role}.
 */
@NullMarked
package com.fashionos.crm.user;

import org.jspecify.annotations.NullMarked;

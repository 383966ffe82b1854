/**
 * Tenant isolation: which brand (and user) a transaction acts for. Every transaction sets {@code app.brand_id}
 * and {@code app.user_id}, and PostgreSQL row-level security filters every tenant table by them.
 */
@NullMarked
package com.fashionos.crm.tenant;

import org.jspecify.annotations.NullMarked;

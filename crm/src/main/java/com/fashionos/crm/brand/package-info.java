/**
 * Brands: the tenants of FashionOS (a fashion house or label), their settings (stage gates, Neural Draft trigger and
 * expiry) and the API tokens external systems use to act for one brand.
 */
@NullMarked
package com.fashionos.crm.brand;

import org.jspecify.annotations.NullMarked;

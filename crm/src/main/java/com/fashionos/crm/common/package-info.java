/** Value types and helpers shared by the CRM features: paging and sorting, validation errors, phone and email normalisation, counts that may be estimated. */
@NullMarked
package com.fashionos.crm.common;

import org.jspecify.annotations.NullMarked;

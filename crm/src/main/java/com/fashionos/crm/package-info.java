/** The CRM data model of FashionOS: schema, records, repositories, tenant context and domain rules. */
@NullMarked
package com.fashionos.crm;

import org.jspecify.annotations.NullMarked;

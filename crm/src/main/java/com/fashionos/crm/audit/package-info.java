/** The append-only audit trail of every write a user makes. */
@NullMarked
package com.fashionos.crm.audit;

import org.jspecify.annotations.NullMarked;

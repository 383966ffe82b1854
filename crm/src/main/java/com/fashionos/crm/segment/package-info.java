/** Segments: saved contact filters shown in the sidebar with their (possibly estimated) counts. */
@NullMarked
package com.fashionos.crm.segment;

import org.jspecify.annotations.NullMarked;

/**
 * Temporal workflows of FashionOS: interfaces, deterministic implementations, activity interfaces and the
 * records that cross them. No Spring, JDBC, HTTP, Vaadin or clocks here: only {@code Workflow.*}.
 */
@NullMarked
package com.fashionos.workflows;

import org.jspecify.annotations.NullMarked;

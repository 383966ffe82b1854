/**
 * The connection to Temporal: checking that the server answers (at start-up and for the {@code temporal} health
 * indicator) and the clear start-up error when it does not.
 */
@NullMarked
package com.fashionos.worker.connection;

import org.jspecify.annotations.NullMarked;

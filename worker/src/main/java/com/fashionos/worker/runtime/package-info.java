/**
 * The worker: which workflow implementations and activity beans it registers on which task queue, and its life
 * cycle (polls from {@code ApplicationReadyEvent} until the context closes).
 */
@NullMarked
package com.fashionos.worker.runtime;

import org.jspecify.annotations.NullMarked;

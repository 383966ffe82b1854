/**
 * The Temporal runtime of FashionOS: connection to Temporal (or an embedded dev server), the {@code WorkflowClient}
 * every app injects, and the worker that runs our workflows and activities, in-process or as its own process.
 */
@NullMarked
package com.fashionos.worker;

import org.jspecify.annotations.NullMarked;

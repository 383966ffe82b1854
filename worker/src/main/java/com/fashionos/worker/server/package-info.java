/**
 * The embedded Temporal dev server for the one-command local run: in memory, real time, bound to the loopback
 * interface. Used only when no external Temporal is configured.
 */
@NullMarked
package com.fashionos.worker.server;

import org.jspecify.annotations.NullMarked;

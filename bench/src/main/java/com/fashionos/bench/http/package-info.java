/** HTTP drivers of the running app on loopback: simulated UI sessions (memory) and a bounded load test. */
@NullMarked
package com.fashionos.bench.http;

import org.jspecify.annotations.NullMarked;

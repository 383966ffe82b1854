/** In-process measurements: the UI's services beside the raw SQL they send, and Temporal throughput. */
@NullMarked
package com.fashionos.bench.measure;

import org.jspecify.annotations.NullMarked;

/** A bare one-activity workflow, the baseline beside the Neural Draft throughput. */
@NullMarked
package com.fashionos.bench.measure.workflow;

import org.jspecify.annotations.NullMarked;

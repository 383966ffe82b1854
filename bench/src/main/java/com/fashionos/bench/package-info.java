/**
 * The benchmark suite: a synthetic data generator, in-process benchmarks of the services the UI uses (beside the
 * raw SQL they send), a Temporal throughput probe, and an HTTP session and load driver. Run on demand.
 */
@NullMarked
package com.fashionos.bench;

import org.jspecify.annotations.NullMarked;

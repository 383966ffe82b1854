/** The synthetic data generator: one brand filled at a chosen scale through PostgreSQL COPY, reproducible from a seed. */
@NullMarked
package com.fashionos.bench.generate;

import org.jspecify.annotations.NullMarked;

package com.fashionos.bench.support;

import java.util.Arrays;
import java.util.Locale;

/** Latency samples in nanoseconds and their percentiles. */
public final class Stats {

    private long[] samples = new long[64];
    private int size;

    public void add(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    public synchronized void addSync(long nanos) {
        add(nanos);
    }

    public int count() {
        return size;
    }

    /** The {@code p}-th percentile (nearest rank) in milliseconds; NaN when empty. */
    public double percentileMs(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.clamp(rank - 1, 0, size - 1)] / 1e6;
    }

    public double p50() {
        return percentileMs(50);
    }

    public double p95() {
        return percentileMs(95);
    }

    public double max() {
        return percentileMs(100);
    }

    public static String ms(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return v < 10 ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}

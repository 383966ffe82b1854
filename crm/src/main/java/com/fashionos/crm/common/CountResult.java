package com.fashionos.crm.common;

/**
 * A row count that is exact, the query planner's estimate ({@code estimated = true}; show it as "about 1.2M"), or a
 * lower bound ({@code atLeast = true}, always also {@code estimated}): counting stopped at {@code value} rows because
 * counting on would scan too many; show it as "10,000+".
 */
public record CountResult(long value, boolean estimated, boolean atLeast) {

    public CountResult {
        if (atLeast && !estimated) {
            throw new IllegalArgumentException("A lower bound is not an exact count");
        }
    }

    /** An exact count or a planner estimate. */
    public CountResult(long value, boolean estimated) {
        this(value, estimated, false);
    }

    public static CountResult exact(long value) {
        return new CountResult(value, false, false);
    }

    public static CountResult estimate(long value) {
        return new CountResult(value, true, false);
    }

    /** At least {@code value} rows (counting stopped there). */
    public static CountResult atLeast(long value) {
        return new CountResult(value, true, true);
    }
}

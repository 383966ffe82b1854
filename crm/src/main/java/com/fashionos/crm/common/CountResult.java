package com.fashionos.crm.common;

/**
 * A row count that is either exact or, where an exact count would scan too many rows, the query planner's
 * estimate ({@code estimated = true}; show it as "about 1.2M").
 */
public record CountResult(long value, boolean estimated) {

    public static CountResult exact(long value) {
        return new CountResult(value, false);
    }

    public static CountResult estimate(long value) {
        return new CountResult(value, true);
    }
}

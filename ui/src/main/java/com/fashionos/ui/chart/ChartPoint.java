package com.fashionos.ui.chart;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One bar or slice of a chart.
 *
 * @param label what the point is called on the axis or legend ("Lead")
 * @param value the number drawn
 * @param text how people read the value ("€48,000", "3 deals"): tooltips and the hidden table show it
 * @param key an optional id for click listeners (e.g. a stage name); never shown
 */
public record ChartPoint(
        String label,
        BigDecimal value,
        String text,
        @Nullable String key) {

    public ChartPoint {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
    }

    /** A point without a key. */
    public static ChartPoint of(String label, BigDecimal value, String text) {
        return new ChartPoint(label, value, text, null);
    }
}

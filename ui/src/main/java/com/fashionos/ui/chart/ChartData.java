package com.fashionos.ui.chart;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link FosChart} draws: its kind, a title (also the accessible name), the column headers of the hidden data
 * table, the points, and how the value axis writes numbers (an ISO currency code for money, else plain counts).
 *
 * @param type bar or doughnut
 * @param title the chart's name, e.g. "Pipeline value by stage"
 * @param categoryHeader header of the label column in the data table, e.g. "Stage"
 * @param valueHeader header of the value column, e.g. "Open value (EUR)"
 * @param points the bars or slices, in order
 * @param currency ISO 4217 code when the values are money (the axis then reads "€120K"), null for counts
 * @param locale how the browser formats axis numbers
 */
public record ChartData(
        ChartType type,
        String title,
        String categoryHeader,
        String valueHeader,
        List<ChartPoint> points,
        @Nullable String currency,
        Locale locale) {

    public ChartData {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        points = List.copyOf(points);
    }

    /** A bar chart. */
    public static ChartData bar(
            String title,
            String categoryHeader,
            String valueHeader,
            List<ChartPoint> points,
            @Nullable String currency,
            Locale locale) {
        return new ChartData(ChartType.BAR, title, categoryHeader, valueHeader, points, currency, locale);
    }

    /** A doughnut chart. */
    public static ChartData doughnut(
            String title, String categoryHeader, String valueHeader, List<ChartPoint> points, Locale locale) {
        return new ChartData(ChartType.DOUGHNUT, title, categoryHeader, valueHeader, points, null, locale);
    }

    /** "Pipeline value by stage: Lead €48,000; Pitch €12,000." — the text alternative of the picture. */
    public String summary() {
        if (points.isEmpty()) {
            return title + ": no data.";
        }
        return title + ": "
                + points.stream().map(p -> p.label() + " " + p.text()).collect(Collectors.joining("; ")) + ".";
    }

    /** True when every value is zero: the chart would be empty. */
    public boolean allZero() {
        return points.stream().allMatch(p -> p.value().signum() == 0);
    }
}

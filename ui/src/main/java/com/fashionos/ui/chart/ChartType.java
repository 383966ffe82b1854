package com.fashionos.ui.chart;

/** The kinds of chart {@link FosChart} draws. */
public enum ChartType {
    /** Vertical bars on a value axis that starts at zero. */
    BAR,
    /** A ring of slices with a legend. */
    DOUGHNUT
}

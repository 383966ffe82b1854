/**
 * Charts for the UI: a small Flow component over the free Chart.js library, with a typed Java API (bar and doughnut
 * charts of labelled values), data passed to the browser as JSON, and a visually hidden table for screen readers.
 */
@NullMarked
package com.fashionos.ui.chart;

import org.jspecify.annotations.NullMarked;

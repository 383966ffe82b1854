package com.fashionos.crm.deal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Kanban column totals: per stage and currency, the number of deals and the sum of their value forecasts. */
public record StageTotals(List<Line> lines) {

    /** One stage in one currency. */
    public record Line(DealStage stage, String currency, long count, BigDecimal sum) {}

    public StageTotals {
        lines = List.copyOf(lines);
    }

    /** Deals in {@code stage}, all currencies. */
    public long count(DealStage stage) {
        return lines.stream()
                .filter(l -> l.stage() == stage)
                .mapToLong(Line::count)
                .sum();
    }

    /** Sum of value forecasts in {@code stage} per currency (e.g. {EUR=120000.00}). */
    public Map<String, BigDecimal> sums(DealStage stage) {
        return lines.stream()
                .filter(l -> l.stage() == stage)
                .collect(Collectors.toMap(Line::currency, Line::sum, BigDecimal::add));
    }
}

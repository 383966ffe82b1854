package com.fashionos.crm.common;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts the rows of a filtered list without ever scanning many of them. {@code EXPLAIN (FORMAT JSON)} of the same
 * filtered query (same bind parameters, row-level security included) gives the planner's estimate: above
 * {@link #EXACT_COUNT_LIMIT} rows that estimate is the answer. Otherwise the rows are counted, but at most
 * {@link #COUNT_CAP} + 1 of them ({@code count(*)} over a {@code LIMIT}ed subquery): a filter the planner misjudges
 * (text and role filters, tags at scale) then costs at most that many rows, and the answer is "10,000+".
 */
@Component
public class CountEstimator {

    /** Above this many estimated rows the estimate is returned instead of counting. */
    public static final long EXACT_COUNT_LIMIT = 100_000;

    /** Counting stops after this many rows (the answer is then {@link CountResult#atLeast(long) at least} it). */
    public static final long COUNT_CAP = 10_000;

    private final JdbcClient jdbc;

    CountEstimator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param fromWhere the query after {@code SELECT ...}: {@code FROM ... WHERE ...} with named parameters
     */
    public CountResult count(String fromWhere, Map<String, ?> params) {
        return count(fromWhere, params, EXACT_COUNT_LIMIT);
    }

    /** As {@link #count(String, Map)} with an explicit estimate threshold. */
    public CountResult count(String fromWhere, Map<String, ?> params, long exactLimit) {
        return count(fromWhere, params, exactLimit, COUNT_CAP);
    }

    /** As {@link #count(String, Map)} with an explicit estimate threshold and counting cap. */
    public CountResult count(String fromWhere, Map<String, ?> params, long exactLimit, long cap) {
        long estimate = estimate(fromWhere, params);
        if (estimate > exactLimit) {
            return CountResult.estimate(estimate);
        }
        long counted = jdbc.sql("SELECT count(*) FROM (SELECT 1 " + fromWhere + " LIMIT " + (cap + 1) + ") capped")
                .params(params)
                .query(Long.class)
                .single();
        return counted > cap ? CountResult.atLeast(cap) : CountResult.exact(counted);
    }

    /** The planner's estimate of the rows {@code fromWhere} yields. */
    public long estimate(String fromWhere, Map<String, ?> params) {
        String plan = jdbc.sql("EXPLAIN (FORMAT JSON) SELECT 1 " + fromWhere)
                .params(params)
                .query(String.class)
                .single();
        var root = Json.mapper().readTree(plan);
        return root.get(0).get("Plan").get("Plan Rows").asLong();
    }
}

package com.fashionos.crm.common;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts the rows of a filtered list exactly when that is cheap, and otherwise returns the query planner's
 * estimate: {@code EXPLAIN (FORMAT JSON)} of the same filtered query (same bind parameters, row-level security
 * included) says how many rows an exact count would visit.
 */
@Component
public class CountEstimator {

    /** Above this many estimated rows the estimate is returned instead of an exact count. */
    public static final long EXACT_COUNT_LIMIT = 100_000;

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

    /** As {@link #count(String, Map)} with an explicit threshold. */
    public CountResult count(String fromWhere, Map<String, ?> params, long exactLimit) {
        long estimate = estimate(fromWhere, params);
        if (estimate > exactLimit) {
            return CountResult.estimate(estimate);
        }
        Long exact = jdbc.sql("SELECT count(*) " + fromWhere)
                .params(params)
                .query(Long.class)
                .single();
        return CountResult.exact(exact);
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

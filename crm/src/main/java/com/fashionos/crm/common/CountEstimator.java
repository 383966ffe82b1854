package com.fashionos.crm.common;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts the rows of a filtered list without scanning many of them. {@code EXPLAIN (FORMAT JSON)} of the same
 * filtered query (same bind parameters, row-level security included) gives the planner's estimate of the rows and
 * of the cost of visiting them. When it expects more than {@link #EXACT_COUNT_LIMIT} rows, or a plan costlier than
 * {@link #EXACT_COUNT_MAX_COST} (a filter whose few matches hide among many candidates, e.g. owner + sentiment +
 * tag: a tag's index yields 100k+ rows that all have to be read), the estimate is the answer. Otherwise the rows
 * are counted, but at most {@link #COUNT_CAP} + 1 of them ({@code count(*)} over a {@code LIMIT}ed subquery), so a
 * filter the planner underestimates costs at most that many rows and reads "10,000+".
 */
@Component
public class CountEstimator {

    /** Above this many estimated rows the estimate is returned instead of counting. */
    public static final long EXACT_COUNT_LIMIT = 10_000;

    /**
     * Above this planner cost (PostgreSQL's units: 1 = one sequential page read; a bitmap heap scan of ~3,000
     * scattered rows costs about this) the estimate is returned instead of counting.
     */
    public static final double EXACT_COUNT_MAX_COST = 10_000;

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
        var plan = plan(fromWhere, params);
        if (plan.rows() > exactLimit || plan.cost() > EXACT_COUNT_MAX_COST) {
            return CountResult.estimate(plan.rows());
        }
        long counted = jdbc.sql("SELECT count(*) FROM (SELECT 1 " + fromWhere + " LIMIT " + (cap + 1) + ") capped")
                .params(params)
                .query(Long.class)
                .single();
        return counted > cap ? CountResult.atLeast(cap) : CountResult.exact(counted);
    }

    /** The planner's estimate of the rows {@code fromWhere} yields. */
    public long estimate(String fromWhere, Map<String, ?> params) {
        return plan(fromWhere, params).rows();
    }

    private record Plan(long rows, double cost) {}

    private Plan plan(String fromWhere, Map<String, ?> params) {
        String json = jdbc.sql("EXPLAIN (FORMAT JSON) SELECT 1 " + fromWhere)
                .params(params)
                .query(String.class)
                .single();
        var plan = Json.mapper().readTree(json).get(0).get("Plan");
        return new Plan(plan.get("Plan Rows").asLong(), plan.get("Total Cost").asDouble());
    }
}

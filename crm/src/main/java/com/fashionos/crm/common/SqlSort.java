package com.fashionos.crm.common;

import java.util.Map;
import java.util.StringJoiner;

/**
 * Turns a {@link Page}'s sort orders into an {@code ORDER BY} clause from a whitelist of property → SQL
 * expression. Only whitelisted expressions ever reach the SQL text, so sort input cannot inject SQL.
 */
public final class SqlSort {

    private SqlSort() {}

    /**
     * The ORDER BY clause (without the keywords) for {@code page}, falling back to {@code defaultOrder} when the
     * page has no sort, and always ending with {@code tieBreaker} so that paging is stable.
     *
     * @param columns property → pair of SQL fragments {ascending, descending}, e.g. {@code "lower(c.name) ASC"}
     * @throws IllegalArgumentException for a property that is not in {@code columns}
     */
    public static String orderBy(Page page, Map<String, Direction> columns, String defaultOrder, String tieBreaker) {
        if (page.sort().isEmpty()) {
            return defaultOrder + ", " + tieBreaker;
        }
        var joiner = new StringJoiner(", ");
        for (SortOrder order : page.sort()) {
            Direction direction = columns.get(order.property());
            if (direction == null) {
                throw new IllegalArgumentException("Cannot sort by '" + order.property() + "'; sortable: "
                        + String.join(", ", columns.keySet().stream().sorted().toList()));
            }
            joiner.add(order.ascending() ? direction.ascending() : direction.descending());
        }
        joiner.add(tieBreaker);
        return joiner.toString();
    }

    /** The SQL for one property in each direction. */
    public record Direction(String ascending, String descending) {

        /** {@code expr ASC} / {@code expr DESC} with the given NULLS placement for each direction. */
        public static Direction of(String expression) {
            return new Direction(expression + " ASC", expression + " DESC");
        }

        public static Direction nullsLast(String expression) {
            return new Direction(expression + " ASC NULLS LAST", expression + " DESC NULLS LAST");
        }
    }
}

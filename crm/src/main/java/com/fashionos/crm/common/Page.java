package com.fashionos.crm.common;

import java.util.List;

/**
 * A page of a list: offset, page size and sort orders. Sort properties are checked against the list's whitelist
 * when the query is built (an unknown property is an {@link IllegalArgumentException}).
 */
public record Page(int offset, int limit, List<SortOrder> sort) {

    /** The largest page any list serves. */
    public static final int MAX_LIMIT = 1000;

    public Page {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
        sort = List.copyOf(sort);
    }

    public static Page of(int offset, int limit, SortOrder... sort) {
        return new Page(offset, limit, List.of(sort));
    }

    /** The first {@code limit} rows in the list's default order. */
    public static Page first(int limit) {
        return new Page(0, limit, List.of());
    }

    /** The page after this one, same size and order. */
    public Page next() {
        return new Page(offset + limit, limit, sort);
    }
}

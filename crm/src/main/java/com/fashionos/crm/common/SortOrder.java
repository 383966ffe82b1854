package com.fashionos.crm.common;

import java.util.Objects;

/** One sort criterion of a list: a property name from the list's whitelist and a direction. */
public record SortOrder(String property, boolean ascending) {

    public SortOrder {
        Objects.requireNonNull(property, "property");
    }

    public static SortOrder asc(String property) {
        return new SortOrder(property, true);
    }

    public static SortOrder desc(String property) {
        return new SortOrder(property, false);
    }
}

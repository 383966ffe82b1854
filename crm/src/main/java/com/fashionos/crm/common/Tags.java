package com.fashionos.crm.common;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Tags as stored on contacts and accounts: trimmed, lower case, no blanks, no duplicates. */
public final class Tags {

    private Tags() {}

    public static SortedSet<String> normalize(@Nullable Collection<String> tags) {
        var out = new TreeSet<String>();
        if (tags != null) {
            for (String tag : tags) {
                if (tag != null && !tag.isBlank()) {
                    out.add(tag.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    public static Set<String> of(String... tags) {
        return normalize(Set.of(tags));
    }
}

package com.fashionos.bench.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Command-line options of the form {@code --name value} (and bare {@code --flag}). */
public final class Options {

    private final Map<String, String> values;

    private Options(Map<String, String> values) {
        this.values = values;
    }

    public static Options parse(List<String> args) {
        var values = new HashMap<String, String>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument '" + a + "' (options look like --name value)");
            }
            String name = a.substring(2);
            int eq = name.indexOf('=');
            if (eq > 0) {
                values.put(name.substring(0, eq), name.substring(eq + 1));
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                values.put(name, args.get(++i));
            } else {
                values.put(name, "true");
            }
        }
        return new Options(values);
    }

    public static Options of(Map<String, String> values) {
        return new Options(new HashMap<>(values));
    }

    public @Nullable String get(String name) {
        return values.get(name);
    }

    public String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    public int integer(String name, int fallback) {
        String v = values.get(name);
        return v == null ? fallback : Integer.parseInt(v.replace("_", "").replace(",", ""));
    }

    public long number(String name, long fallback) {
        String v = values.get(name);
        return v == null ? fallback : Long.parseLong(v.replace("_", "").replace(",", ""));
    }

    public boolean flag(String name) {
        return Boolean.parseBoolean(values.getOrDefault(name, "false"));
    }

    /** Comma-separated values of {@code name}, or {@code fallback} when absent. */
    public Set<String> set(String name, Set<String> fallback) {
        String v = values.get(name);
        return v == null ? fallback : Set.of(v.split(","));
    }

    /** Throws when an option is not in {@code known}: a typo must not silently fall back to a default. */
    public Options only(Set<String> known) {
        for (String k : values.keySet()) {
            if (!known.contains(k)) {
                throw new IllegalArgumentException("Unknown option --" + k + "; known: " + known);
            }
        }
        return this;
    }
}

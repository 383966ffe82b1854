package com.fashionos.crm.common;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Small conversions between JDBC values and the CRM's Java types. */
public final class SqlValues {

    private SqlValues() {}

    public static @Nullable UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    public static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    public static @Nullable BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        return rs.getBigDecimal(column);
    }

    public static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    public static List<String> textArray(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        return List.of((String[]) array.getArray());
    }

    /** An instant as a bind value PostgreSQL's driver understands (timestamptz). */
    public static @Nullable OffsetDateTime timestamp(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** A collection of strings as a bind value for a {@code text[]} column. */
    public static String[] textArray(Collection<String> values) {
        return values.toArray(String[]::new);
    }

    /** Escapes LIKE wildcards so user text matches literally; use with the default backslash escape. */
    public static String likeContains(String text) {
        return "%" + escapeLike(text) + "%";
    }

    public static String likePrefix(String text) {
        return escapeLike(text) + "%";
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Splits ids into chunks that keep IN lists well below PostgreSQL's bind parameter limit. */
    public static <T> List<List<T>> chunks(Collection<T> values, int size) {
        var list = List.copyOf(values);
        var chunks = new ArrayList<List<T>>();
        for (int from = 0; from < list.size(); from += size) {
            chunks.add(list.subList(from, Math.min(list.size(), from + size)));
        }
        return chunks;
    }
}

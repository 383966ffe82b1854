package com.fashionos.activities.channel;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** Reads an HTTP {@code Retry-After} header: delta-seconds or an HTTP date. */
final class RetryAfter {

    private static final Duration LONGEST = Duration.ofMinutes(10);

    private RetryAfter() {}

    static @Nullable Duration parse(@Nullable String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            long seconds = Long.parseLong(v);
            return clamp(Duration.ofSeconds(Math.max(0, seconds)));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                return clamp(Duration.between(now, at).isNegative() ? Duration.ZERO : Duration.between(now, at));
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    private static Duration clamp(Duration d) {
        return d.compareTo(LONGEST) > 0 ? LONGEST : d;
    }
}

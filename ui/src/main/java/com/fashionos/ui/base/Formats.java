package com.fashionos.ui.base;

import com.fashionos.crm.common.CountResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How the UI writes counts, amounts and times. */
public final class Formats {

    private Formats() {}

    /**
     * "1,234 contacts", "~1.2M contacts" for an estimate, "10,000+ contacts" when counting stopped there; singular
     * for exactly one.
     */
    public static String count(CountResult count, String singular, String plural) {
        long value = count.value();
        if (count.atLeast()) {
            return NumberFormat.getIntegerInstance(Locale.UK).format(value) + "+ " + plural;
        }
        String noun = value == 1 && !count.estimated() ? singular : plural;
        return (count.estimated()
                        ? "~" + compact(value)
                        : NumberFormat.getIntegerInstance(Locale.UK).format(value)) + " " + noun;
    }

    /** 1234 → "1.2K", 1234567 → "1.2M". */
    public static String compact(long value) {
        if (value < 1_000) {
            return Long.toString(value);
        }
        String[] units = {"K", "M", "B"};
        double scaled = value;
        int unit = -1;
        while (scaled >= 1_000 && unit < units.length - 1) {
            scaled /= 1_000;
            unit++;
        }
        return BigDecimal.valueOf(scaled)
                        .setScale(1, RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString()
                + units[unit];
    }

    /** "€48,000" style amount without decimals, in the brand's currency. */
    public static String money(@Nullable BigDecimal amount, String currency) {
        if (amount == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        format.setCurrency(java.util.Currency.getInstance(currency));
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }

    /** "today", "yesterday", "5 days ago", "3 months ago"; "never" for no time. */
    public static String ago(@Nullable Instant then, Instant now) {
        if (then == null) {
            return "never";
        }
        long days = Duration.between(then, now).toDays();
        if (days <= 0) {
            return "today";
        }
        if (days == 1) {
            return "yesterday";
        }
        if (days < 45) {
            return days + " days ago";
        }
        if (days < 365) {
            return (days / 30) + " months ago";
        }
        long years = days / 365;
        return years == 1 ? "a year ago" : years + " years ago";
    }

    /** A sentiment score (-1..1) as a signed two-decimal number, or a dash. */
    public static String sentiment(@Nullable BigDecimal score) {
        if (score == null) {
            return "—";
        }
        return (score.signum() > 0 ? "+" : "")
                + score.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}

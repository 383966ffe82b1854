package com.fashionos.crm.contact;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Sentiment as the filter shows it: negative below -0.2, positive above 0.2, neutral between (inclusive). */
public enum SentimentBand {
    NEGATIVE,
    NEUTRAL,
    POSITIVE;

    static final BigDecimal LOWER = new BigDecimal("-0.20");
    static final BigDecimal UPPER = new BigDecimal("0.20");

    /** The band of a score; null for an unscored contact. */
    public static @Nullable SentimentBand of(@Nullable BigDecimal score) {
        if (score == null) {
            return null;
        }
        if (score.compareTo(LOWER) < 0) {
            return NEGATIVE;
        }
        return score.compareTo(UPPER) > 0 ? POSITIVE : NEUTRAL;
    }
}

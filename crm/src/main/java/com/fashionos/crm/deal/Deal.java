package com.fashionos.crm.deal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A deal (the {@code deals} row). {@code number} is the short reference shown as "D-1004". */
public record Deal(
        UUID id,
        long number,
        UUID accountId,
        @Nullable UUID primaryContactId,
        @Nullable UUID ownerId,
        String title,
        DealStage stage,
        DealOutcome outcome,
        Instant stageChangedAt,
        @Nullable BigDecimal valueForecast,
        @Nullable BigDecimal actualRoi,
        String currency,
        @Nullable LocalDate expectedClose,
        @Nullable LocalDate contractSignedAt,
        @Nullable Integer probability,
        @Nullable String campaign,
        @Nullable String notes,
        @Nullable String lostReason,
        @Nullable Instant deletedAt,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    /** The human reference, e.g. "D-1004". */
    public String reference() {
        return reference(number);
    }

    public static String reference(long number) {
        return "D-" + number;
    }

    public boolean deleted() {
        return deletedAt != null;
    }
}

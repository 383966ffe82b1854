package com.fashionos.crm.deal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A deal as a kanban card: account, value, days in its stage. */
public record DealCard(
        UUID id,
        long number,
        String title,
        UUID accountId,
        String accountName,
        DealStage stage,
        DealOutcome outcome,
        @Nullable BigDecimal valueForecast,
        String currency,
        Instant stageChangedAt,
        int daysInStage,
        @Nullable UUID primaryContactId,
        @Nullable String primaryContactName,
        @Nullable String ownerName) {

    public String reference() {
        return Deal.reference(number);
    }
}

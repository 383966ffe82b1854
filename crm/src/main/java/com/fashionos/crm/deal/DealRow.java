package com.fashionos.crm.deal;

import com.fashionos.crm.account.AccountType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of the deal list. */
public record DealRow(
        UUID id,
        long number,
        String title,
        UUID accountId,
        String accountName,
        AccountType accountType,
        DealStage stage,
        DealOutcome outcome,
        @Nullable BigDecimal valueForecast,
        String currency,
        @Nullable LocalDate expectedClose,
        Instant stageChangedAt,
        @Nullable UUID primaryContactId,
        @Nullable String primaryContactName,
        @Nullable String ownerName) {

    public String reference() {
        return Deal.reference(number);
    }
}

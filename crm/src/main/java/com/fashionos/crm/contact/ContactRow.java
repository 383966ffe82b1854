package com.fashionos.crm.contact;

import com.fashionos.crm.account.AccountType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of the contact list. */
public record ContactRow(
        UUID id,
        String name,
        @Nullable String email,
        @Nullable String whatsapp,
        @Nullable String role,
        @Nullable UUID accountId,
        @Nullable String accountName,
        @Nullable AccountType accountType,
        List<String> tags,
        @Nullable BigDecimal sentimentScore,
        @Nullable Instant lastActivityAt,
        BigDecimal openDealValue,
        @Nullable String ownerName) {}

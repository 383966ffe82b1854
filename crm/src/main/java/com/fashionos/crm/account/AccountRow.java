package com.fashionos.crm.account;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of the account list. {@code openDealValue} sums the account's open deals' forecasts. */
public record AccountRow(
        UUID id,
        String name,
        AccountType type,
        @Nullable String website,
        @Nullable BudgetTier budgetTier,
        @Nullable String city,
        List<String> tags,
        long contactCount,
        long openDealCount,
        BigDecimal openDealValue,
        @Nullable String ownerName) {}

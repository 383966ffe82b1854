package com.fashionos.crm.account;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A company the Maison works with (the {@code accounts} row). */
public record Account(
        UUID id,
        String name,
        AccountType type,
        @Nullable String website,
        @Nullable BudgetTier budgetTier,
        @Nullable String industry,
        @Nullable String city,
        @Nullable String country,
        @Nullable String description,
        @Nullable String websiteSummary,
        List<String> tags,
        @Nullable UUID ownerId,
        @Nullable Instant deletedAt,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    public boolean deleted() {
        return deletedAt != null;
    }
}

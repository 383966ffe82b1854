package com.fashionos.crm.account;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a user enters to create or edit an account. */
public record AccountForm(
        String name,
        AccountType type,
        @Nullable String website,
        @Nullable BudgetTier budgetTier,
        @Nullable String industry,
        @Nullable String city,
        @Nullable String country,
        @Nullable String description,
        Set<String> tags,
        @Nullable UUID ownerId) {

    public AccountForm {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }

    /** A form with only the required fields. */
    public static AccountForm of(String name, AccountType type) {
        return new AccountForm(name, type, null, null, null, null, null, null, Set.of(), null);
    }
}

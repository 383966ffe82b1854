package com.fashionos.crm.account;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Filters of the account list; null fields do not filter. {@code text} matches the name (trigram index). */
public record AccountFilter(
        @Nullable String text,
        @Nullable AccountType type,
        @Nullable BudgetTier budgetTier,
        @Nullable String tag,
        @Nullable UUID ownerId) {

    public static AccountFilter all() {
        return new AccountFilter(null, null, null, null, null);
    }

    public AccountFilter withText(@Nullable String value) {
        return new AccountFilter(value, type, budgetTier, tag, ownerId);
    }

    public AccountFilter withType(@Nullable AccountType value) {
        return new AccountFilter(text, value, budgetTier, tag, ownerId);
    }

    public AccountFilter withBudgetTier(@Nullable BudgetTier value) {
        return new AccountFilter(text, type, value, tag, ownerId);
    }

    public AccountFilter withTag(@Nullable String value) {
        return new AccountFilter(text, type, budgetTier, value, ownerId);
    }

    public AccountFilter withOwnerId(@Nullable UUID value) {
        return new AccountFilter(text, type, budgetTier, tag, value);
    }
}

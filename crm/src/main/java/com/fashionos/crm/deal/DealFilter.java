package com.fashionos.crm.deal;

import com.fashionos.crm.account.AccountType;
import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the deal list and kanban; null fields do not filter. {@code text} matches the title (trigram) or a
 * deal number ("D-1004" or "1004"); {@code contactId} matches the primary contact or a stakeholder.
 */
public record DealFilter(
        @Nullable String text,
        @Nullable DealStage stage,
        @Nullable DealOutcome outcome,
        @Nullable UUID accountId,
        @Nullable UUID contactId,
        @Nullable UUID ownerId,
        @Nullable AccountType accountType,
        @Nullable BigDecimal minValue,
        @Nullable String campaign) {

    public static DealFilter all() {
        return new DealFilter(null, null, null, null, null, null, null, null, null);
    }

    public DealFilter withText(@Nullable String value) {
        return new DealFilter(value, stage, outcome, accountId, contactId, ownerId, accountType, minValue, campaign);
    }

    public DealFilter withStage(@Nullable DealStage value) {
        return new DealFilter(text, value, outcome, accountId, contactId, ownerId, accountType, minValue, campaign);
    }

    public DealFilter withOutcome(@Nullable DealOutcome value) {
        return new DealFilter(text, stage, value, accountId, contactId, ownerId, accountType, minValue, campaign);
    }

    public DealFilter withAccountId(@Nullable UUID value) {
        return new DealFilter(text, stage, outcome, value, contactId, ownerId, accountType, minValue, campaign);
    }

    public DealFilter withContactId(@Nullable UUID value) {
        return new DealFilter(text, stage, outcome, accountId, value, ownerId, accountType, minValue, campaign);
    }

    public DealFilter withOwnerId(@Nullable UUID value) {
        return new DealFilter(text, stage, outcome, accountId, contactId, value, accountType, minValue, campaign);
    }

    public DealFilter withAccountType(@Nullable AccountType value) {
        return new DealFilter(text, stage, outcome, accountId, contactId, ownerId, value, minValue, campaign);
    }

    public DealFilter withMinValue(@Nullable BigDecimal value) {
        return new DealFilter(text, stage, outcome, accountId, contactId, ownerId, accountType, value, campaign);
    }
}

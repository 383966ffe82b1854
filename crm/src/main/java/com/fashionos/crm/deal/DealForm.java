package com.fashionos.crm.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a user enters to create or edit a deal (stage and outcome change through their own operations). */
public record DealForm(
        String title,
        UUID accountId,
        @Nullable UUID primaryContactId,
        @Nullable UUID ownerId,
        @Nullable BigDecimal valueForecast,
        @Nullable BigDecimal actualRoi,
        @Nullable String currency,
        @Nullable LocalDate expectedClose,
        @Nullable LocalDate contractSignedAt,
        @Nullable Integer probability,
        @Nullable String campaign,
        @Nullable String notes) {

    /** A form with only the required fields. */
    public static DealForm of(String title, UUID accountId) {
        return new DealForm(title, accountId, null, null, null, null, null, null, null, null, null, null);
    }

    public DealForm withPrimaryContactId(@Nullable UUID value) {
        return new DealForm(
                title,
                accountId,
                value,
                ownerId,
                valueForecast,
                actualRoi,
                currency,
                expectedClose,
                contractSignedAt,
                probability,
                campaign,
                notes);
    }

    public DealForm withValueForecast(@Nullable BigDecimal value, @Nullable String currencyCode) {
        return new DealForm(
                title,
                accountId,
                primaryContactId,
                ownerId,
                value,
                actualRoi,
                currencyCode,
                expectedClose,
                contractSignedAt,
                probability,
                campaign,
                notes);
    }

    public DealForm withExpectedClose(@Nullable LocalDate value) {
        return new DealForm(
                title,
                accountId,
                primaryContactId,
                ownerId,
                valueForecast,
                actualRoi,
                currency,
                value,
                contractSignedAt,
                probability,
                campaign,
                notes);
    }

    public DealForm withContractSignedAt(@Nullable LocalDate value) {
        return new DealForm(
                title,
                accountId,
                primaryContactId,
                ownerId,
                valueForecast,
                actualRoi,
                currency,
                expectedClose,
                value,
                probability,
                campaign,
                notes);
    }

    public DealForm withOwnerId(@Nullable UUID value) {
        return new DealForm(
                title,
                accountId,
                primaryContactId,
                value,
                valueForecast,
                actualRoi,
                currency,
                expectedClose,
                contractSignedAt,
                probability,
                campaign,
                notes);
    }

    public DealForm withCampaign(@Nullable String value) {
        return new DealForm(
                title,
                accountId,
                primaryContactId,
                ownerId,
                valueForecast,
                actualRoi,
                currency,
                expectedClose,
                contractSignedAt,
                probability,
                value,
                notes);
    }

    /** The form that edits {@code deal} unchanged. */
    public static DealForm from(Deal deal) {
        return new DealForm(
                deal.title(),
                deal.accountId(),
                deal.primaryContactId(),
                deal.ownerId(),
                deal.valueForecast(),
                deal.actualRoi(),
                deal.currency(),
                deal.expectedClose(),
                deal.contractSignedAt(),
                deal.probability(),
                deal.campaign(),
                deal.notes());
    }
}

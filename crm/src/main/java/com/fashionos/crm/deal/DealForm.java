package com.fashionos.crm.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
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
        return with(c -> c.primaryContactId = value);
    }

    public DealForm withValueForecast(@Nullable BigDecimal value, @Nullable String currencyCode) {
        return with(c -> {
            c.valueForecast = value;
            c.currency = currencyCode;
        });
    }

    public DealForm withExpectedClose(@Nullable LocalDate value) {
        return with(c -> c.expectedClose = value);
    }

    public DealForm withContractSignedAt(@Nullable LocalDate value) {
        return with(c -> c.contractSignedAt = value);
    }

    public DealForm withOwnerId(@Nullable UUID value) {
        return with(c -> c.ownerId = value);
    }

    public DealForm withCampaign(@Nullable String value) {
        return with(c -> c.campaign = value);
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

    /** This form with what {@code change} sets on a copy of its fields, the other fields as they are. */
    private DealForm with(Consumer<Copy> change) {
        var copy = new Copy();
        change.accept(copy);
        return copy.build();
    }

    /** The fields of this form, open to change: each {@code withX} then names only the field it sets. */
    private final class Copy {
        private String title = title();
        UUID accountId = accountId();
        private @Nullable UUID primaryContactId = primaryContactId();
        private @Nullable UUID ownerId = ownerId();
        private @Nullable BigDecimal valueForecast = valueForecast();
        private @Nullable BigDecimal actualRoi = actualRoi();
        private @Nullable String currency = currency();
        private @Nullable LocalDate expectedClose = expectedClose();
        private @Nullable LocalDate contractSignedAt = contractSignedAt();
        private @Nullable Integer probability = probability();
        private @Nullable String campaign = campaign();
        private @Nullable String notes = notes();

        DealForm build() {
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
                    campaign,
                    notes);
        }
    }
}

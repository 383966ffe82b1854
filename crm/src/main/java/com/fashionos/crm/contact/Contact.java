package com.fashionos.crm.contact;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person the Maison works with (the {@code contacts} row). {@code whatsapp} and {@code phone} are E.164,
 * {@code email} lower case, {@code sentimentScore} from -1 (hostile) to 1 (warm), {@code bioSources} the JSON
 * array of sources behind {@code bioGrounded}, {@code openDealValue} the sum of the forecasts of the open deals
 * this contact is the primary contact of.
 */
public record Contact(
        UUID id,
        @Nullable UUID accountId,
        String name,
        @Nullable String email,
        @Nullable String whatsapp,
        @Nullable String phone,
        @Nullable String role,
        @Nullable String city,
        @Nullable String country,
        String language,
        List<String> tags,
        @Nullable BigDecimal sentimentScore,
        @Nullable String bioGrounded,
        String bioSources,
        @Nullable String notes,
        @Nullable UUID ownerId,
        @Nullable Instant lastActivityAt,
        BigDecimal openDealValue,
        @Nullable Instant deletedAt,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    public boolean deleted() {
        return deletedAt != null;
    }
}

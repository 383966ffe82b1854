package com.fashionos.crm.brand;

import com.fashionos.crm.user.Role;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An API token of the current brand as listed in settings; the raw token itself is never stored. */
public record ApiToken(
        UUID id,
        String name,
        Role role,
        Instant createdAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {

    /** Whether the token still works. */
    public boolean active() {
        return revokedAt == null;
    }
}

package com.fashionos.crm.user;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person who signs in to FashionOS (row of {@code app_users}); belongs to brands through memberships.
 *
 * @param email lower-case, unique
 * @param passwordHash encoded by the application's {@code PasswordEncoder} (with its {@code {id}} prefix)
 * @param timeZone the user's own time zone, if set (else the brand's)
 * @param failedAttempts consecutive failed sign-ins since the last success
 * @param lockedUntil sign-in refused until then, after repeated failures
 */
public record AppUser(
        UUID id,
        String email,
        String displayName,
        String passwordHash,
        boolean enabled,
        @Nullable String timeZone,
        int failedAttempts,
        @Nullable Instant lockedUntil,
        @Nullable Instant lastLoginAt) {

    @Override
    public String toString() {
        return "AppUser[id=" + id + ", email=" + email + ", enabled=" + enabled + "]";
    }
}

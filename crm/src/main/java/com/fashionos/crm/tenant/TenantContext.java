package com.fashionos.crm.tenant;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The brand (tenant) and user that database work runs for, bound for the duration of a call.
 *
 * <p>Background work (workflows' activities, seeding, API calls) binds the brand explicitly with
 * {@link #callAs(UUID, Supplier)}. Interactive work gets it from the signed-in user's session through an
 * {@link AmbientTenant} bean. {@link TenantTransactionManager} copies whichever applies into every transaction.
 */
public final class TenantContext {

    private static final ScopedValue<UUID> BRAND = ScopedValue.newInstance();
    private static final ScopedValue<UUID> USER = ScopedValue.newInstance();

    private TenantContext() {}

    /** Runs {@code work} with {@code brandId} as the current brand. */
    public static <T> T callAs(UUID brandId, Supplier<T> work) {
        return ScopedValue.where(BRAND, brandId).call(work::get);
    }

    /** Runs {@code work} with {@code brandId} as the current brand. */
    public static void runAs(UUID brandId, Runnable work) {
        ScopedValue.where(BRAND, brandId).run(work);
    }

    /** Runs {@code work} for {@code brandId} on behalf of {@code userId}. */
    public static <T> T callAs(UUID brandId, UUID userId, Supplier<T> work) {
        return ScopedValue.where(BRAND, brandId).where(USER, userId).call(work::get);
    }

    /**
     * Runs {@code work} as {@code userId} with no brand: only that user's own memberships and their brands are
     * visible (used at sign-in and by the brand switcher).
     */
    public static <T> T callAsUser(UUID userId, Supplier<T> work) {
        return ScopedValue.where(USER, userId).call(work::get);
    }

    /** The brand bound by {@code callAs}/{@code runAs}, if any. */
    public static Optional<UUID> boundBrandId() {
        return BRAND.isBound() ? Optional.of(BRAND.get()) : Optional.empty();
    }

    /** The user bound by {@code callAs}/{@code callAsUser}, if any. */
    public static Optional<UUID> boundUserId() {
        return USER.isBound() ? Optional.of(USER.get()) : Optional.empty();
    }
}

package com.fashionos.ui.security;

import com.fashionos.crm.tenant.TenantContext;
import com.fashionos.crm.user.AppUser;
import com.fashionos.crm.user.UserAccounts;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads users for sign-in from the CRM's user accounts. A user starts out acting for the brand where their role is
 * highest; the brand switcher changes that later in the session.
 */
@Service
class FashionUserDetailsService implements UserDetailsService {

    private final UserAccounts accounts;
    private final RoleHierarchy roles;

    FashionUserDetailsService(UserAccounts accounts, RoleHierarchy roles) {
        this.accounts = accounts;
        this.roles = roles;
    }

    @Override
    public FashionUser loadUserByUsername(String username) {
        AppUser user = accounts.findByEmail(normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("No user " + username));
        List<BrandRef> brands = membershipsOf(user.id());
        return new FashionUser(
                user.id(),
                user.email(),
                user.displayName(),
                user.timeZone(),
                user.passwordHash(),
                user.enabled(),
                user.lockedUntil(),
                initialBrand(brands),
                brands,
                roles);
    }

    /** Where a user starts after signing in: the brand where their role is highest (by name among equals). */
    static @Nullable BrandRef initialBrand(List<BrandRef> brands) {
        return brands.stream()
                .max(Comparator.comparing(BrandRef::role).thenComparing(BrandRef::name, Comparator.reverseOrder()))
                .orElse(null);
    }

    /** The user's brands as they are now, read under the user's own identity (memberships are row-secured). */
    List<BrandRef> membershipsOf(UUID userId) {
        return TenantContext.callAsUser(
                userId,
                () -> accounts.membershipsOf(userId).stream().map(BrandRef::of).toList());
    }

    /** The brand {@code brandId} if {@code userId} is (still) a member of it. */
    Optional<BrandRef> membership(UUID userId, UUID brandId) {
        return membershipsOf(userId).stream()
                .filter(brand -> brand.id().equals(brandId))
                .findFirst();
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}

package com.fashionos.ui.security;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user: who they are, the brand they currently act for (with their role there) and every brand they
 * belong to. Authorities are {@code ROLE_<role>} of the current brand plus every role it implies, so a MANAGER also
 * holds {@code ROLE_AGENT} and {@code ROLE_VIEWER}.
 */
public final class FashionUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID userId;
    private final String email;
    private final String displayName;
    private final @Nullable String timeZone;
    private @Nullable String passwordHash;
    private final boolean enabled;
    private final @Nullable Instant lockedUntil;
    private final @Nullable BrandRef currentBrand;
    private final List<BrandRef> memberships;
    private final List<GrantedAuthority> authorities;

    FashionUser(
            UUID userId,
            String email,
            String displayName,
            @Nullable String timeZone,
            @Nullable String passwordHash,
            boolean enabled,
            @Nullable Instant lockedUntil,
            @Nullable BrandRef currentBrand,
            List<BrandRef> memberships,
            RoleHierarchy roles) {
        this.userId = userId;
        this.email = email;
        this.displayName = displayName;
        this.timeZone = timeZone;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
        this.currentBrand = currentBrand;
        this.memberships = List.copyOf(memberships);
        this.authorities = currentBrand == null
                ? List.of()
                : List.copyOf(roles.getReachableGrantedAuthorities(List.of(
                        new SimpleGrantedAuthority("ROLE_" + currentBrand.role().name()))));
    }

    /** The same user acting for {@code brand}, with the authorities of their role there. */
    FashionUser withCurrentBrand(BrandRef brand, RoleHierarchy roles) {
        return new FashionUser(
                userId, email, displayName, timeZone, null, enabled, lockedUntil, brand, memberships, roles);
    }

    public UUID userId() {
        return userId;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Optional<String> timeZone() {
        return Optional.ofNullable(timeZone);
    }

    /** The brand the user currently acts for; present for every signed-in user. */
    public BrandRef currentBrand() {
        if (currentBrand == null) {
            throw new IllegalStateException(email + " belongs to no brand");
        }
        return currentBrand;
    }

    boolean hasBrand() {
        return currentBrand != null;
    }

    /** Every brand the user belongs to, in the order the brand switcher shows them. */
    public List<BrandRef> memberships() {
        return memberships;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || !lockedUntil.isAfter(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FashionUser that && userId.equals(that.userId);
    }

    @Override
    public int hashCode() {
        return userId.hashCode();
    }

    @Override
    public String toString() {
        return "FashionUser[" + email + (currentBrand == null ? "" : " @ " + currentBrand.slug()) + "]";
    }
}

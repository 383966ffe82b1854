package com.fashionos.ui.security;

import com.fashionos.crm.tenant.AmbientTenant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The tenant of interactive work: the signed-in user and their current brand, from the Spring Security context of
 * the request (or of the Vaadin session, for {@code ui.access} work). Every transaction of a UI request is thereby
 * scoped to the brand the user acts for; with nobody signed in no tenant rows are visible.
 */
@Component
public class SessionTenant implements AmbientTenant {

    @Override
    public Optional<UUID> brandId() {
        return currentUser().map(user -> user.currentBrand().id());
    }

    @Override
    public Optional<UUID> userId() {
        return currentUser().map(FashionUser::userId);
    }

    static Optional<FashionUser> currentUser() {
        Authentication authentication =
                SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof FashionUser user
                && user.hasBrand()) {
            return Optional.of(user);
        }
        return Optional.empty();
    }
}

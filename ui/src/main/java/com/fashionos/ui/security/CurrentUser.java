package com.fashionos.ui.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The signed-in user for views, and the brand switcher: switching replaces the authentication (and so the role and
 * the tenant of every later transaction) with the user acting for another of their brands.
 */
@Component
public class CurrentUser {

    private static final Logger log = LoggerFactory.getLogger(CurrentUser.class);

    private final AuthenticationContext authentication;
    private final FashionUserDetailsService users;
    private final RoleHierarchy roles;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    CurrentUser(AuthenticationContext authentication, FashionUserDetailsService users, RoleHierarchy roles) {
        this.authentication = authentication;
        this.users = users;
        this.roles = roles;
    }

    /** The signed-in user, if any. */
    public Optional<FashionUser> get() {
        return authentication.getAuthenticatedUser(FashionUser.class).filter(FashionUser::hasBrand);
    }

    /** The signed-in user; views behind sign-in may rely on it. */
    public FashionUser require() {
        return get().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }

    /** Whether the signed-in user's role in the current brand is {@code role} or a role above it. */
    public boolean hasRole(String role) {
        String authority = "ROLE_" + role;
        return get().map(user -> user.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority())))
                .orElse(false);
    }

    /**
     * Makes {@code brandId} the current brand of the signed-in user, after checking they are still a member of it.
     * The caller reloads the page so every view shows the new brand.
     *
     * @throws IllegalArgumentException if the user is not a member of that brand
     */
    public FashionUser switchBrand(UUID brandId) {
        FashionUser user = require();
        BrandRef brand = users.membership(user.userId(), brandId)
                .orElseThrow(() -> new IllegalArgumentException("Not a member of brand " + brandId));
        FashionUser switched = user.withCurrentBrand(brand, roles);
        var token = UsernamePasswordAuthenticationToken.authenticated(switched, null, switched.getAuthorities());
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(token);
        holder.setContext(context);
        var request = VaadinServletRequest.getCurrent();
        var response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            contexts.saveContext(context, request.getHttpServletRequest(), response.getHttpServletResponse());
        }
        log.info("{} switched to brand {}", user.email(), brand.slug());
        return switched;
    }
}

package com.fashionos.ui.api;

import com.fashionos.crm.brand.ApiPrincipal;
import com.fashionos.crm.brand.BrandService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code /api/**} calls by {@code Authorization: Bearer <brand API token>}: the token is resolved with
 * {@link BrandService#resolveApiToken} (revoked and unknown tokens resolve to nothing). Without a valid token the
 * request goes on unauthenticated and the API's entry point answers 401 in JSON. Not a bean, so that Spring Boot
 * does not register it for every path.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final BrandService brands;

    ApiTokenFilter(BrandService brands) {
        this.brands = brands;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String raw = header.substring(BEARER.length()).strip();
            Optional<ApiPrincipal> principal = raw.isEmpty() ? Optional.empty() : brands.resolveApiToken(raw);
            principal.ifPresent(p -> {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new TokenAuthentication(new ApiCaller(p.brandId(), p.role(), p.createdBy())));
                SecurityContextHolder.setContext(context);
            });
        }
        chain.doFilter(request, response);
    }

    /** An authenticated API token. */
    static final class TokenAuthentication extends AbstractAuthenticationToken {

        private final ApiCaller caller;

        TokenAuthentication(ApiCaller caller) {
            super(List.of(new SimpleGrantedAuthority("ROLE_API"), new SimpleGrantedAuthority("ROLE_" + caller.role())));
            this.caller = caller;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public ApiCaller getPrincipal() {
            return caller;
        }
    }
}

package com.fashionos.ui.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security for the web app: Vaadin's configurer with the {@link LoginView} at {@code /login}, form login
 * against the CRM's users with bcrypt hashes, throttled failures, and a public health status. Views are guarded by
 * their {@code @PermitAll}/{@code @RolesAllowed} annotations through Vaadin's navigation access control (method
 * security is deliberately not enabled: it would proxy the views themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /** Where a signed-in user lands. */
    static final String HOME = "/crm";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginFailureHandler failures) throws Exception {
        http.authorizeHttpRequests(
                auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**", "/icons/**", "/styles.css")
                        .permitAll());
        // The login page is our Vaadin view: naming it here keeps Spring from generating its own form at /login.
        http.formLogin(form -> form.loginPage("/login").failureHandler(failures));
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class).defaultSuccessUrl(HOME));
        return http.build();
    }

    /** OWNER > MANAGER > AGENT > VIEWER: a role may do everything the roles below it may. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role("OWNER")
                .implies("MANAGER")
                .role("MANAGER")
                .implies("AGENT")
                .role("AGENT")
                .implies("VIEWER")
                .build();
    }

    /**
     * Password sign-in. A locked account is refused before its password is checked (so guessing stops while the
     * lock lasts); a disabled account or one without a brand only after a correct password, so those states are not
     * revealed to someone who does not know it.
     */
    @Bean
    AuthenticationProvider passwordAuthentication(FashionUserDetailsService users, PasswordEncoder passwordEncoder) {
        var provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked()) {
                throw new LockedException("Account is temporarily locked");
            }
        });
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("Account is disabled");
            }
            if (user instanceof FashionUser fashionUser && !fashionUser.hasBrand()) {
                throw new NoBrandException();
            }
        });
        return provider;
    }
}

package com.fashionos.ui.security;

import com.fashionos.crm.user.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts sign-in attempts in the CRM's user accounts: a wrong password adds a failed attempt (the CRM locks the
 * account after too many), a successful sign-in resets the count and records the time.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final UserAccounts accounts;

    LoginAttempts(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof String email && !email.isBlank()) {
            accounts.recordFailedLogin(FashionUserDetailsService.normalise(email));
            log.info("Failed sign-in for {}", FashionUserDetailsService.normalise(email));
        }
    }

    @EventListener
    void onSignIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof FashionUser user) {
            accounts.recordSuccessfulLogin(user.userId());
            log.info("{} signed in", user.email());
        }
    }
}

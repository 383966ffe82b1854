package com.fashionos.ui.security;

import com.fashionos.crm.user.UserAccounts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Turns a refused sign-in into a message on the login form. Failed attempts are counted by {@link LoginAttempts};
 * once the CRM has locked the account the message says how long the lock lasts.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

    private final UserAccounts accounts;
    private final Clock clock;
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    LoginFailureHandler(UserAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        request.getSession().setAttribute(LoginMessages.SESSION_ATTRIBUTE, messageFor(request, exception));
        redirects.sendRedirect(request, response, "/login?error");
    }

    private String messageFor(HttpServletRequest request, AuthenticationException exception) {
        String username = request.getParameter("username");
        Optional<Instant> lockedUntil = username == null || username.isBlank()
                ? Optional.empty()
                : accounts.lockedUntil(FashionUserDetailsService.normalise(username));
        Instant now = clock.instant();
        if (lockedUntil.isPresent() && lockedUntil.get().isAfter(now)) {
            return LoginMessages.locked(Duration.between(now, lockedUntil.get()));
        }
        return switch (exception) {
            case LockedException locked -> LoginMessages.locked(Duration.ofSeconds(1));
            case DisabledException disabled -> LoginMessages.DISABLED;
            case NoBrandException noBrand -> LoginMessages.NO_BRAND;
            default -> LoginMessages.BAD_CREDENTIALS;
        };
    }
}

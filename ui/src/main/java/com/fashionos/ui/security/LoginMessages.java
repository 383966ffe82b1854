package com.fashionos.ui.security;

import java.time.Duration;

/** What the login form says when sign-in is refused. */
final class LoginMessages {

    /** Session attribute carrying the message of the last refused sign-in to the login view. */
    static final String SESSION_ATTRIBUTE = LoginMessages.class.getName() + ".error";

    static final String BAD_CREDENTIALS = "Incorrect email or password.";
    static final String DISABLED = "This account is disabled. Ask an owner of your brand to enable it again.";
    static final String NO_BRAND = "Your account is not a member of any brand yet. Ask a brand owner to invite you.";

    private LoginMessages() {}

    static String locked(Duration remaining) {
        long seconds = Math.max(1, remaining.toSeconds() + (remaining.toNanosPart() > 0 ? 1 : 0));
        if (seconds <= 90) {
            return "Too many failed attempts. Try again in " + seconds + (seconds == 1 ? " second." : " seconds.");
        }
        long minutes = (seconds + 59) / 60;
        return "Too many failed attempts. Try again in " + minutes + " minutes.";
    }
}

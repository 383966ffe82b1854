package com.fashionos.crm.common;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Email addresses as the CRM stores them: trimmed, lower case, syntactically plausible. */
public final class Emails {

    // local@domain.tld, no spaces, one @, a dot in the domain, no empty labels
    private static final Pattern SYNTAX = Pattern.compile(
            "^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$");

    private Emails() {}

    /**
     * The normalised address, or empty for a blank input.
     *
     * @throws ValidationException (field {@code email}) when the input is not a valid address
     */
    public static Optional<String> normalize(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String email = raw.strip().toLowerCase(Locale.ROOT);
        if (email.length() > 254
                || !SYNTAX.matcher(email).matches()
                || email.startsWith(".")
                || email.contains("..")
                || email.indexOf('@') > 64) {
            throw new ValidationException(
                    "email", "\"" + raw.strip() + "\" is not a valid email address (expected name@domain.com)");
        }
        return Optional.of(email);
    }

    /** True when {@code raw} is blank or a valid address. */
    public static boolean isValid(@Nullable String raw) {
        try {
            normalize(raw);
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }
}

package com.fashionos.crm.common;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Phone and WhatsApp numbers as the CRM stores them: E.164 ({@code +33612345678}), checked with libphonenumber. */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {}

    /**
     * The number in E.164, or empty for a blank input. Numbers without a leading {@code +} or {@code 00} are read
     * as national numbers of {@code defaultRegion} (ISO 3166 code such as {@code FR}, {@code IT}, {@code GB}).
     *
     * @throws ValidationException (field {@code phone}) when the input is not a valid phone number
     */
    public static Optional<String> toE164(@Nullable String raw, String defaultRegion) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String input = raw.strip();
        String region = defaultRegion.toUpperCase(Locale.ROOT);
        try {
            var number = UTIL.parse(input, region);
            if (!UTIL.isValidNumber(number)) {
                throw invalid(input, region);
            }
            return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            throw invalid(input, region);
        }
    }

    private static ValidationException invalid(String input, String region) {
        return new ValidationException(
                "phone",
                "\"" + input + "\" is not a valid phone number (use the international format, e.g. +33 6 12 34 56 78,"
                        + " or a national number from " + region + ")");
    }
}

package com.fashionos.crm.brand;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A brand (tenant): every CRM row belongs to exactly one.
 *
 * @param slug URL-safe short name, unique across the installation
 * @param campaign the current campaign the brand works on (e.g. "Desert Noir"), if any
 * @param timeZone IANA zone id, e.g. {@code Europe/Paris}
 * @param currency ISO 4217 code, e.g. {@code EUR}
 */
public record Brand(
        UUID id,
        String slug,
        String name,
        @Nullable String campaign,
        String timeZone,
        String currency,
        BrandSettings settings) {}

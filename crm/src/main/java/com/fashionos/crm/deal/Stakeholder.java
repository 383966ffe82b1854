package com.fashionos.crm.deal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A contact involved in a deal; {@code primary} for the deal's primary contact. */
public record Stakeholder(
        UUID contactId,
        String name,
        @Nullable String email,
        @Nullable String role,
        boolean primary) {}

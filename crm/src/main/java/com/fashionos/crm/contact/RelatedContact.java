package com.fashionos.crm.contact;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A contact related to another one, with how: "Same account" or "Deal D-1004". */
public record RelatedContact(
        UUID id,
        String name,
        @Nullable String role,
        @Nullable String accountName,
        String relation) {}

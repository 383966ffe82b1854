package com.fashionos.crm.segment;

import com.fashionos.crm.contact.ContactFilter;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A saved contact filter. {@code system} segments come with the brand (the blueprint's four) and cannot be
 * renamed or deleted; {@code ownerId} null means shared with the whole brand.
 */
public record Segment(
        UUID id,
        String name,
        @Nullable String description,
        ContactFilter filter,
        @Nullable UUID ownerId,
        boolean system,
        int position) {}

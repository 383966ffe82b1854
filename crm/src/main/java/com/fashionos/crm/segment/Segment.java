package com.fashionos.crm.segment;

import com.fashionos.crm.contact.ContactFilter;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A saved contact filter plus the contacts added to it by hand. {@code system} segments come with the brand (the
 * blueprint's four) and cannot be renamed or deleted; {@code ownerId} null means shared with the whole brand.
 *
 * @param filter the saved criteria only; {@link #scope()} is what the segment contains
 */
public record Segment(
        UUID id,
        String name,
        @Nullable String description,
        ContactFilter filter,
        @Nullable UUID ownerId,
        boolean system,
        int position) {

    /** The contacts of this segment: those matching its criteria or added to it by hand. */
    public ContactFilter scope() {
        return filter.withIncludeMembersOf(id);
    }
}

package com.fashionos.crm.activity;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A command to log an activity. At least one of contact, account or deal must be given; a missing account is
 * taken from the deal or the contact. {@code occurredAt} null means now; {@code authorId} null means the current
 * user.
 */
public record LogActivity(
        ActivityType type,
        @Nullable UUID contactId,
        @Nullable UUID accountId,
        @Nullable UUID dealId,
        @Nullable String subject,
        @Nullable String content,
        Map<String, ?> metadata,
        @Nullable Instant occurredAt,
        @Nullable UUID authorId) {

    public LogActivity {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    /** A hand-logged call, note, meeting, email or WhatsApp on a contact, now, by the current user. */
    public static LogActivity onContact(ActivityType type, UUID contactId, @Nullable String subject, String content) {
        return new LogActivity(type, contactId, null, null, subject, content, Map.of(), null, null);
    }

    public static LogActivity onDeal(ActivityType type, UUID dealId, @Nullable String subject, String content) {
        return new LogActivity(type, null, null, dealId, subject, content, Map.of(), null, null);
    }

    public static LogActivity onAccount(ActivityType type, UUID accountId, @Nullable String subject, String content) {
        return new LogActivity(type, null, accountId, null, subject, content, Map.of(), null, null);
    }
}

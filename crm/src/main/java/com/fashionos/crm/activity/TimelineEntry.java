package com.fashionos.crm.activity;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One activity as a timeline shows it, with the names of its author, contact and deal. */
public record TimelineEntry(
        UUID id,
        ActivityType type,
        @Nullable String subject,
        @Nullable String content,
        Map<String, Object> metadata,
        Instant occurredAt,
        @Nullable UUID authorId,
        @Nullable String authorName,
        @Nullable UUID contactId,
        @Nullable String contactName,
        @Nullable UUID accountId,
        @Nullable String accountName,
        @Nullable UUID dealId,
        @Nullable Long dealNumber,
        @Nullable String dealTitle,
        @Nullable Instant dueAt,
        @Nullable Instant completedAt) {}

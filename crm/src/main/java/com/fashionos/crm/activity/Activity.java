package com.fashionos.crm.activity;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One relationship event (the {@code activities} row); tasks also carry assignee, due and completion times. */
public record Activity(
        UUID id,
        ActivityType type,
        @Nullable UUID contactId,
        @Nullable UUID accountId,
        @Nullable UUID dealId,
        @Nullable String subject,
        @Nullable String content,
        Map<String, Object> metadata,
        Instant occurredAt,
        @Nullable UUID authorId,
        @Nullable UUID assigneeId,
        @Nullable Instant dueAt,
        @Nullable Instant completedAt) {}

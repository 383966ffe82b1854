package com.fashionos.crm.activity;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An open task in "my tasks". */
public record TaskRow(
        UUID id,
        String title,
        @Nullable Instant dueAt,
        boolean overdue,
        @Nullable UUID assigneeId,
        @Nullable UUID contactId,
        @Nullable String contactName,
        @Nullable UUID dealId,
        @Nullable Long dealNumber,
        @Nullable String dealTitle) {}

package com.fashionos.ui.draft;

import com.fashionos.workflows.draft.Channel;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A draft awaiting a decision, as the pending list shows it (read from {@code ai_runs} and {@code messages}, never
 * from Temporal visibility).
 *
 * @param draftId the draft ({@code ai_runs.id})
 * @param workflowId its workflow
 * @param messageId the DRAFT message row
 * @param contactId the recipient
 * @param contactName the recipient's name
 * @param dealId the deal, if any
 * @param dealTitle the deal's title, if any
 * @param channel email or WhatsApp
 * @param subject email subject
 * @param preview the first words of the body
 * @param provider who wrote the current version: local, gemini or human
 * @param createdAt when the draft was first recorded
 */
public record PendingDraft(
        UUID draftId,
        String workflowId,
        UUID messageId,
        UUID contactId,
        String contactName,
        @Nullable UUID dealId,
        @Nullable String dealTitle,
        Channel channel,
        @Nullable String subject,
        String preview,
        @Nullable String provider,
        Instant createdAt) {}

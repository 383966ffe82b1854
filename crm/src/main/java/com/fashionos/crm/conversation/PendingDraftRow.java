package com.fashionos.crm.conversation;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A draft awaiting a decision, from {@code messages}, its {@code ai_runs} row, the contact and the deal (one query in
 * {@link ConversationService#pendingDraftPage}); the draft lists show it as it is.
 *
 * @param aiRunId the draft ({@code ai_runs.id})
 * @param workflowId its workflow
 * @param messageId the DRAFT message row
 * @param contactId the recipient
 * @param contactName the recipient's name ("—" when the contact is gone)
 * @param dealId the deal, if any
 * @param dealTitle the deal's title, if any
 * @param channel email or WhatsApp
 * @param subject email subject
 * @param body the current text
 * @param provider who wrote the current version: local, gemini or human
 * @param createdAt when the draft was first recorded
 */
public record PendingDraftRow(
        UUID aiRunId,
        String workflowId,
        UUID messageId,
        UUID contactId,
        String contactName,
        @Nullable UUID dealId,
        @Nullable String dealTitle,
        Channel channel,
        @Nullable String subject,
        String body,
        @Nullable String provider,
        Instant createdAt) {}

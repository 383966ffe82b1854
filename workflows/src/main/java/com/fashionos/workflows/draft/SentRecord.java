package com.fashionos.workflows.draft;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Input of {@link DraftActivities#recordSent}: the timeline entry "Sent" on the contact (and the deal) with the exact
 * text, and the {@code ai_runs} row marked APPROVED.
 *
 * @param brandId the tenant
 * @param draftId the draft
 * @param aiRunId the {@code ai_runs} row
 * @param messageId the sent message row
 * @param contactId the recipient
 * @param dealId the deal, if any
 * @param channel the channel
 * @param approverId who approved
 * @param hash the hash of the sent text
 * @param version the version sent
 * @param result the send outcome (SENT or SANDBOXED)
 */
public record SentRecord(
        UUID brandId,
        UUID draftId,
        UUID aiRunId,
        UUID messageId,
        UUID contactId,
        @Nullable UUID dealId,
        Channel channel,
        UUID approverId,
        String hash,
        int version,
        SendResult result) {}

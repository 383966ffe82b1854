package com.fashionos.workflows.draft;

import java.util.UUID;

/**
 * Input of {@link DraftActivities#send}: send the approved DRAFT message row.
 *
 * @param brandId the tenant
 * @param draftId the draft
 * @param messageId the message row to send
 * @param approverId who approved
 * @param hash the approved text's hash; the activity refuses unless the row's {@code body_hash} and its recorded
 *     approval match it
 * @param idempotencyKey the outbox key ({@link #idempotencyKey(UUID, int)}); the same key never sends twice
 */
public record SendRequest(
        UUID brandId, UUID draftId, UUID messageId, UUID approverId, String hash, String idempotencyKey) {

    /** The deterministic outbox key of one version of a draft. */
    public static String idempotencyKey(UUID draftId, int version) {
        return "draft-" + draftId + "-v" + version;
    }
}

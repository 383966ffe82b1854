package com.fashionos.workflows.draft;

import java.util.UUID;

/**
 * Input of {@link DraftActivities#markRejected}: the draft was rejected; {@code ai_runs} REJECTED with who and why,
 * message row REJECTED.
 *
 * @param brandId the tenant
 * @param draftId the draft
 * @param aiRunId the {@code ai_runs} row
 * @param messageId the DRAFT message row
 * @param userId who rejected
 * @param reason why
 */
public record RejectionRecord(UUID brandId, UUID draftId, UUID aiRunId, UUID messageId, UUID userId, String reason) {}

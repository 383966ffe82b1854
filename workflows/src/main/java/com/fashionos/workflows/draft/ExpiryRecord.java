package com.fashionos.workflows.draft;

import java.util.UUID;

/**
 * Input of {@link DraftActivities#markExpired}: nobody decided before the deadline; {@code ai_runs} EXPIRED, message
 * row EXPIRED.
 *
 * @param brandId the tenant
 * @param draftId the draft
 * @param aiRunId the {@code ai_runs} row
 * @param messageId the DRAFT message row
 * @param deadlineEpochMillis the deadline that passed
 */
public record ExpiryRecord(UUID brandId, UUID draftId, UUID aiRunId, UUID messageId, long deadlineEpochMillis) {}

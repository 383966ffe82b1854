package com.fashionos.workflows.draft;

import java.util.UUID;

/**
 * Result of {@link DraftActivities#recordProposal}: the rows that hold the draft.
 *
 * @param aiRunId the {@code ai_runs} row
 * @param messageId the DRAFT {@code messages} row whose body is the current version
 */
public record RecordedDraft(UUID aiRunId, UUID messageId) {}

package com.fashionos.workflows.draft;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Input of {@link DraftActivities#markFailed}: the draft ended FAILED (malformed model output after retries, an
 * unreachable provider, a refused send); {@code ai_runs} FAILED with the error, and the message row FAILED when there
 * is one. Nothing was sent.
 *
 * @param brandId the tenant
 * @param draftId the draft
 * @param workflowId the workflow id (the {@code ai_runs} row may not exist yet)
 * @param contactId the recipient
 * @param dealId the deal, if any
 * @param aiRunId the {@code ai_runs} row, null when the failure came before the first version was recorded
 * @param messageId the message row, null when the failure came before the first version was recorded
 * @param step the step that failed (see {@link StepRecord})
 * @param error a human-readable reason, shown in the panel
 */
public record FailureRecord(
        UUID brandId,
        UUID draftId,
        String workflowId,
        UUID contactId,
        @Nullable UUID dealId,
        @Nullable UUID aiRunId,
        @Nullable UUID messageId,
        String step,
        String error) {}

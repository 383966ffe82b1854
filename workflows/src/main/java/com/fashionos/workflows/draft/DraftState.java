package com.fashionos.workflows.draft;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The draft as the UI shows it: result of the {@code state} query, of every update, and of the workflow itself.
 *
 * @param brandId the tenant
 * @param draftId the draft (of the run that was joined, for a deal-scoped start)
 * @param status where the draft is
 * @param version current version number, 0 until the first draft is recorded
 * @param proposal the current text and its provenance, null before the first draft
 * @param textHash {@link MessageHash} of the current text: what {@code approve} must quote
 * @param audit the Guardian's verdict on the current version
 * @param sources the playbook sections the current version used
 * @param steps every step so far, in order
 * @param error the reason of the last failure (the final one when FAILED, or a failed improve/approve attempt)
 * @param deadlineEpochMillis when the draft expires, null until it awaits approval
 * @param aiRunId the {@code ai_runs} row, null until recorded
 * @param messageId the message row, null until recorded
 * @param sendResult the send outcome, null until sent
 */
public record DraftState(
        UUID brandId,
        UUID draftId,
        DraftStatus status,
        int version,
        @Nullable DraftProposal proposal,
        @Nullable String textHash,
        @Nullable GuardianAudit audit,
        List<SourceSection> sources,
        List<StepRecord> steps,
        @Nullable String error,
        @Nullable Long deadlineEpochMillis,
        @Nullable UUID aiRunId,
        @Nullable UUID messageId,
        @Nullable SendResult sendResult) {

    public DraftState {
        sources = sources == null ? List.of() : List.copyOf(sources);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}

package com.fashionos.workflows.draft;

import java.util.List;
import java.util.UUID;

/**
 * A draft version that was awaiting approval, read back from the database ({@code ai_runs} + the DRAFT
 * {@code messages} row) so the app can re-drive the workflow after the embedded Temporal server lost its history.
 * The workflow started with it records nothing new: it restores this version and waits for a decision until the
 * original deadline. With a real Temporal server the run still exists and the start joins it instead (conflict policy
 * USE_EXISTING), so nothing is re-driven twice.
 *
 * @param version the stored version number
 * @param proposal the stored text and its provenance
 * @param audit the stored Guardian audit
 * @param sources the playbook sections the version used
 * @param aiRunId the {@code ai_runs} row of the draft
 * @param messageId the DRAFT {@code messages} row
 * @param deadlineEpochMillis the original deadline; a past deadline expires the draft at once
 */
public record ResumePoint(
        int version,
        DraftProposal proposal,
        GuardianAudit audit,
        List<SourceSection> sources,
        UUID aiRunId,
        UUID messageId,
        long deadlineEpochMillis) {

    public ResumePoint {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}

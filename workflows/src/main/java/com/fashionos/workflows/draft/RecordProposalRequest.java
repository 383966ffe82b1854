package com.fashionos.workflows.draft;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Input of {@link DraftActivities#recordProposal}: one draft version to store as the {@code ai_runs} row of the draft
 * (agent node CONTENT, status PENDING) and its DRAFT {@code messages} row.
 *
 * @param brandId the tenant
 * @param draftId the draft
 * @param workflowId the workflow id, for {@code ai_runs.workflow_id}
 * @param version the version number, 1 for the first draft
 * @param origin AI, IMPROVE or EDIT
 * @param contactId the recipient
 * @param dealId the deal, if any
 * @param trigger what started the draft ({@link DraftTriggers})
 * @param requestedBy who asked for the draft (or the edit/improve), null for automatic triggers
 * @param instructions the instructions this version followed, if any
 * @param context the context it was drafted from (for {@code ai_runs.input_context}); null for a hand edit after a
 *     resume
 * @param proposal the text and its provenance
 * @param textHash {@link MessageHash} of the text; equals what the database computes for the message row
 * @param audit the Guardian's verdict on this version
 * @param sources the playbook sections retrieved (for {@code ai_runs.citations})
 * @param aiRunId the row written for an earlier version, null for version 1
 * @param messageId the message row written for an earlier version, null for version 1
 */
public record RecordProposalRequest(
        UUID brandId,
        UUID draftId,
        String workflowId,
        int version,
        VersionOrigin origin,
        UUID contactId,
        @Nullable UUID dealId,
        String trigger,
        @Nullable UUID requestedBy,
        @Nullable String instructions,
        @Nullable DraftContext context,
        DraftProposal proposal,
        String textHash,
        GuardianAudit audit,
        List<SourceSection> sources,
        @Nullable UUID aiRunId,
        @Nullable UUID messageId) {

    public RecordProposalRequest {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}

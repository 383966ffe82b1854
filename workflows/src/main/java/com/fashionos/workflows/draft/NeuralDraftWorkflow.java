package com.fashionos.workflows.draft;

import com.fashionos.workflows.TaskQueues;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowOptions;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.Locale;
import java.util.UUID;

/**
 * Neural Draft: drafts an outreach message with the Content agent and sends it only after a human approves exactly
 * the current text. Steps: gather context → retrieve playbook sections → compose → Guardian audit → record → wait for
 * a decision until the deadline ({@link DraftRequest#effectiveExpiryDays()}).
 *
 * <p>Decisions are updates; each has a validator that changes nothing and refuses a decision the draft cannot take
 * (wrong state, blank text, stale hash…), so a refused decision leaves no trace in the history. The query {@link
 * #state()} is what the UI shows.
 *
 * <p>Workflow ids: {@code draft-{brandId}-{draftId}} for a draft about a contact only, and {@code
 * draft-{brandId}-deal-{dealId}-{channel}} for a draft about a deal, so that a second start for the same deal and
 * channel (stage change and button, twice the button…) joins the running draft. Start with {@link
 * #startOptions(DraftRequest)}: conflict policy USE_EXISTING joins a running draft, reuse policy ALLOW_DUPLICATE lets a
 * new draft start once the previous one ended. The joined run keeps its own draft id ({@link DraftState#draftId()}).
 */
@WorkflowInterface
public interface NeuralDraftWorkflow {

    /** Runs the draft to its end; returns the final state (SENT, SANDBOXED, REJECTED, EXPIRED or FAILED). */
    @WorkflowMethod
    DraftState draft(DraftRequest request);

    /** The draft as it is now: status, current version and text hash, audit, sources, steps, deadline, error. */
    @QueryMethod
    DraftState state();

    /**
     * Redrafts the current version following the instructions (retrieve → compose with the previous draft → audit →
     * record a new version). Returns the new state; if redrafting fails the previous version stays current and the
     * update fails with {@link DraftFailures#REVISION_FAILED}.
     */
    @UpdateMethod
    DraftState improve(ImproveRequest request);

    /** Refuses unless the draft awaits approval, the instructions are not blank and the user is given. */
    @UpdateValidatorMethod(updateName = "improve")
    void validateImprove(ImproveRequest request);

    /** Replaces the text by hand, re-runs the Guardian audit and records a new version. Returns the new state. */
    @UpdateMethod
    DraftState edit(EditRequest request);

    /**
     * Refuses unless the draft awaits approval, the body is not blank, the user is given, a WhatsApp edit has no
     * subject, and the edit changes the text.
     */
    @UpdateValidatorMethod(updateName = "edit")
    void validateEdit(EditRequest request);

    /**
     * Approves the current text: the Controller activity checks the approver and records the approval, then the
     * message is sent once (idempotency key of draft and version) and the timeline records "Sent". Returns the final
     * state (SENT, SANDBOXED, or FAILED when the provider refused). If the Controller refuses the approver the update
     * fails with {@link DraftFailures#APPROVAL_DENIED} and the draft keeps waiting.
     */
    @UpdateMethod
    DraftState approve(ApproveRequest request);

    /**
     * Refuses unless the draft awaits approval, the approver is given and the hash is the current text's hash (a stale
     * hash means the approver saw a version that is no longer current), and, for a WhatsApp template, every required
     * variable is filled.
     */
    @UpdateValidatorMethod(updateName = "approve")
    void validateApprove(ApproveRequest request);

    /**
     * Replaces the current text by one of the brand's approved WhatsApp templates with its variables filled (outside
     * the 24-hour window after the contact's last inbound message only a template may be sent): renders it, re-runs
     * the Guardian audit on the rendered text and records a new version that carries the ContentSid and
     * ContentVariables, which approve then sends through Twilio. Returns the new state.
     */
    @UpdateMethod
    DraftState useTemplate(TemplateChoice choice);

    /**
     * Refuses unless the draft is a WhatsApp draft awaiting approval, the user is given, the template is one of the
     * brand's templates known to the draft and approved by WhatsApp, every required variable is filled (not blank,
     * not a "[gap]"), and the choice changes the text.
     */
    @UpdateValidatorMethod(updateName = "useTemplate")
    void validateUseTemplate(TemplateChoice choice);

    /** Rejects the draft with a reason; the workflow ends REJECTED. Returns the final state. */
    @UpdateMethod
    DraftState reject(RejectRequest request);

    /** Refuses unless the draft awaits approval, the reason is not blank and the user is given. */
    @UpdateValidatorMethod(updateName = "reject")
    void validateReject(RejectRequest request);

    /** {@code draft-{brandId}-{draftId}}: the id of a draft that is not about a deal. */
    static String workflowId(UUID brandId, UUID draftId) {
        return "draft-" + brandId + "-" + draftId;
    }

    /** {@code draft-{brandId}-deal-{dealId}-{channel}}: the id of the one running draft for a deal and channel. */
    static String dealWorkflowId(UUID brandId, UUID dealId, Channel channel) {
        return "draft-" + brandId + "-deal-" + dealId + "-" + channel.name().toLowerCase(Locale.ROOT);
    }

    /** The workflow id a request starts (or joins): deal-scoped when the request names a deal. */
    static String workflowIdFor(DraftRequest request) {
        UUID dealId = request.dealId();
        return dealId != null
                ? dealWorkflowId(request.brandId(), dealId, request.channel())
                : workflowId(request.brandId(), request.draftId());
    }

    /**
     * Options to start a draft: its id, the CRM task queue, join a running draft with the same id (USE_EXISTING),
     * allow a new one once the previous ended (ALLOW_DUPLICATE).
     */
    static WorkflowOptions startOptions(DraftRequest request) {
        return WorkflowOptions.newBuilder()
                .setWorkflowId(workflowIdFor(request))
                .setTaskQueue(TaskQueues.CRM)
                .setWorkflowIdConflictPolicy(WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING)
                .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE)
                .build();
    }
}

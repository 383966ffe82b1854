package com.fashionos.workflows.draft;

import com.fashionos.workflows.TaskQueues;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowOptions;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.UUID;

/**
 * A message a person wrote in the composer, sent durably: the Send click is its approval (approver = the sender,
 * exact body hash), recorded on the message row by the Controller's rules, then sent by the same send activity as an
 * approved draft (database approval re-check, idempotent outbox) and written to the timeline. A worker that dies
 * mid-way resumes where it stopped; a retried activity never sends twice.
 *
 * <p>Workflow id {@code reply-{brandId}-{replyId}}; a second start with the same id joins the running reply.
 */
@WorkflowInterface
public interface HumanReplyWorkflow {

    /** Records the approval, sends, logs; returns the final state (SENT, SANDBOXED, FAILED or REFUSED). */
    @WorkflowMethod
    ReplyState send(ReplyRequest request);

    /** The reply as it is now, for the composer's progress. */
    @QueryMethod
    ReplyState state();

    /** {@code reply-{brandId}-{replyId}}. */
    static String workflowId(UUID brandId, UUID replyId) {
        return "reply-" + brandId + "-" + replyId;
    }

    /** Options to start a reply: its id, the CRM task queue, join a running one with the same id. */
    static WorkflowOptions startOptions(ReplyRequest request) {
        return WorkflowOptions.newBuilder()
                .setWorkflowId(workflowId(request.brandId(), request.replyId()))
                .setTaskQueue(TaskQueues.CRM)
                .setWorkflowIdConflictPolicy(WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING)
                .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
                .build();
    }
}

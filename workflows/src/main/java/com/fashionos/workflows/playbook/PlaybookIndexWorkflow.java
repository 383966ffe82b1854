package com.fashionos.workflows.playbook;

import com.fashionos.workflows.TaskQueues;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowOptions;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.UUID;

/**
 * Re-indexes one playbook for the Retriever after it was uploaded or edited: one {@link PlaybookActivities#reindex}
 * activity (cut into sections, embed, replace the stored sections), retried with backoff.
 *
 * <p><b>Workflow id and conflicts: the newest edit wins, without races.</b> The id is {@code
 * playbook-index-{brandId}-{playbookId}}. Start it with <em>signal-with-start</em> ({@link #SAVED_SIGNAL}), never a
 * plain start: when no run exists one starts; when a run is already indexing, the save is delivered to it as the
 * {@link #saved()} signal and the run indexes once more after its current pass, reading the newest text. Neither plain
 * conflict policy is right here: USE_EXISTING would drop an edit made after the running pass read the text, and
 * TERMINATE_EXISTING cannot stop an activity already writing, so an older pass could overwrite the newer sections.
 * Reuse policy ALLOW_DUPLICATE lets every later save start a new run once the previous one has ended.
 */
@WorkflowInterface
public interface PlaybookIndexWorkflow {

    /** Name of {@link #saved()} for signal-with-start from an untyped stub. */
    String SAVED_SIGNAL = "saved";

    /** Indexes the playbook until no save arrived during the last pass; returns the sections of that pass. */
    @WorkflowMethod
    PlaybookIndexResult index(UUID brandId, UUID playbookId);

    /** The playbook was saved (again): index it once more after the pass that is running now. */
    @SignalMethod(name = SAVED_SIGNAL)
    void saved();

    /** {@code playbook-index-{brandId}-{playbookId}}. */
    static String workflowId(UUID brandId, UUID playbookId) {
        return "playbook-index-" + brandId + "-" + playbookId;
    }

    /** Options for signal-with-start on the CRM queue (see the class comment for why not a conflict policy). */
    static WorkflowOptions startOptions(UUID brandId, UUID playbookId) {
        return WorkflowOptions.newBuilder()
                .setWorkflowId(workflowId(brandId, playbookId))
                .setTaskQueue(TaskQueues.CRM)
                .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE)
                .build();
    }
}

package com.fashionos.workflows;

import com.fashionos.workflows.draft.HumanReplyWorkflowImpl;
import com.fashionos.workflows.draft.NeuralDraftWorkflowImpl;
import com.fashionos.workflows.playbook.PlaybookIndexWorkflowImpl;
import java.util.List;

/** Every workflow implementation a worker registers, with the task queue it runs on. */
public final class WorkflowCatalog {

    /** One workflow implementation class and its task queue. */
    public record Entry(Class<?> implementation, String taskQueue) {}

    private WorkflowCatalog() {}

    /** The implementations to register; a new workflow is added here. */
    public static List<Entry> entries() {
        return List.of(
                new Entry(NeuralDraftWorkflowImpl.class, TaskQueues.CRM),
                new Entry(HumanReplyWorkflowImpl.class, TaskQueues.CRM),
                new Entry(PlaybookIndexWorkflowImpl.class, TaskQueues.CRM));
    }
}

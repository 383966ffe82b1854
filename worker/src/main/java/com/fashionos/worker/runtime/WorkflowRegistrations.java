package com.fashionos.worker.runtime;

import com.fashionos.workflows.WorkflowCatalog;
import java.util.ArrayList;
import java.util.List;

/**
 * The workflow implementations a worker registers, each on its task queue. The application uses
 * {@link #fromCatalog()}; a test declares its own bean to add workflows of its own.
 *
 * @param entries implementation classes and their task queues
 */
public record WorkflowRegistrations(List<WorkflowCatalog.Entry> entries) {

    /** Copies the list. */
    public WorkflowRegistrations {
        entries = List.copyOf(entries);
    }

    /** Every workflow of {@link WorkflowCatalog#entries()}. */
    public static WorkflowRegistrations fromCatalog() {
        return new WorkflowRegistrations(WorkflowCatalog.entries());
    }

    /** These registrations plus one more implementation on a task queue. */
    public WorkflowRegistrations with(Class<?> implementation, String taskQueue) {
        List<WorkflowCatalog.Entry> more = new ArrayList<>(entries);
        more.add(new WorkflowCatalog.Entry(implementation, taskQueue));
        return new WorkflowRegistrations(more);
    }
}

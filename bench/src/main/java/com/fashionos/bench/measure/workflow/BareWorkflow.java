package com.fashionos.bench.measure.workflow;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** The baseline of workflow throughput: one activity, then done. */
@WorkflowInterface
public interface BareWorkflow {

    @WorkflowMethod
    String run(String input);
}

package com.fashionos.activities.draft;

import com.fashionos.workflows.draft.SendRequest;
import com.fashionos.workflows.draft.SendResult;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** A test workflow that calls the send activity with retries, as the Neural Draft does. */
@WorkflowInterface
public interface SendOnceWorkflow {

    @WorkflowMethod
    SendResult send(SendRequest request);
}

package com.fashionos.activities.draft;

import com.fashionos.workflows.draft.DraftActivities;
import com.fashionos.workflows.draft.SendRequest;
import com.fashionos.workflows.draft.SendResult;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

public class SendOnceWorkflowImpl implements SendOnceWorkflow {

    private final DraftActivities activities = Workflow.newActivityStub(
            DraftActivities.class,
            ActivityOptions.newBuilder()
                    .setStartToCloseTimeout(Duration.ofSeconds(30))
                    .setRetryOptions(RetryOptions.newBuilder()
                            .setInitialInterval(Duration.ofMillis(100))
                            .setMaximumAttempts(5)
                            .setDoNotRetry("SendRefused", "WhatsAppTemplateRequired")
                            .build())
                    .build());

    @Override
    public SendResult send(SendRequest request) {
        return activities.send(request);
    }
}

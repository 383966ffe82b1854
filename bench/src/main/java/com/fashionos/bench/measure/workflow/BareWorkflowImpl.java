package com.fashionos.bench.measure.workflow;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/** {@link BareWorkflow}: one activity with explicit timeouts, as the project's workflows set them. */
public class BareWorkflowImpl implements BareWorkflow {

    private final BareActivities activities = Workflow.newActivityStub(
            BareActivities.class,
            ActivityOptions.newBuilder()
                    .setStartToCloseTimeout(Duration.ofSeconds(10))
                    .setRetryOptions(
                            RetryOptions.newBuilder().setMaximumAttempts(3).build())
                    .build());

    @Override
    public String run(String input) {
        return activities.echo(input);
    }
}

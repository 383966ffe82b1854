package com.fashionos.ui.bench;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;

/** The benchmark's baseline: a workflow with one trivial activity, on the same server and worker as the drafts. */
@WorkflowInterface
public interface BareWorkflow {

    @WorkflowMethod
    String run(String input);

    /** The one activity. */
    @ActivityInterface(namePrefix = "Bare")
    interface Echo {
        @ActivityMethod
        String echo(String input);
    }

    /** Calls {@link Echo#echo} once. */
    final class Impl implements BareWorkflow {

        private final Echo echo = Workflow.newActivityStub(
                Echo.class,
                ActivityOptions.newBuilder()
                        .setStartToCloseTimeout(Duration.ofSeconds(10))
                        .build());

        @Override
        public String run(String input) {
            return echo.echo(input);
        }
    }

    /** The activity bean. */
    final class EchoImpl implements Echo {
        @Override
        public String echo(String input) {
            return input;
        }
    }
}

package com.fashionos.workflows.draft;

import com.fashionos.workflows.TaskQueues;
import io.temporal.client.WorkflowClient;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the tests of {@link NeuralDraftWorkflowImpl} stand on: a fresh time-skipping test server per test with one
 * worker on the CRM task queue running the workflow over fresh {@link FakeDraftActivities}, started before the test.
 * A test class that needs the fakes set up differently overrides {@link #newActivities()}.
 */
abstract class NeuralDraftFixture {

    @RegisterExtension
    static final TestWorkflowExtension temporal = TestWorkflowExtension.newBuilder()
            .registerWorkflowImplementationTypes(NeuralDraftWorkflowImpl.class)
            .setDoNotStart(true)
            .build();

    FakeDraftActivities activities;
    TestWorkflowEnvironment env;
    WorkflowClient client;

    /** The activities the worker runs; set up before the worker starts. */
    FakeDraftActivities newActivities() {
        return new FakeDraftActivities();
    }

    @BeforeEach
    final void startWorker(TestWorkflowEnvironment env, WorkflowClient client) {
        this.activities = newActivities();
        this.env = env;
        this.client = client;
        Worker worker = env.newWorker(
                TaskQueues.CRM,
                WorkerOptions.newBuilder()
                        .setDefaultDeadlockDetectionTimeout(
                                Duration.ofSeconds(30).toMillis())
                        .build());
        worker.registerWorkflowImplementationTypes(NeuralDraftWorkflowImpl.class);
        worker.registerActivitiesImplementations(activities);
        env.start();
    }
}

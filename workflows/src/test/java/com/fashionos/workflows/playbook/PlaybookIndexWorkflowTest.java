package com.fashionos.workflows.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fashionos.workflows.TaskQueues;
import com.fashionos.workflows.WorkflowCatalog;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.BatchRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PlaybookIndexWorkflowTest {

    private static final UUID BRAND = UUID.fromString("00000000-0000-0000-0000-0000000000b1");

    @RegisterExtension
    static final TestWorkflowExtension temporal = TestWorkflowExtension.newBuilder()
            .registerWorkflowImplementationTypes(PlaybookIndexWorkflowImpl.class)
            .setDoNotStart(true)
            .build();

    private final FakePlaybookActivities activities = new FakePlaybookActivities();
    private WorkflowClient client;

    @BeforeEach
    void startWorker(TestWorkflowEnvironment env, WorkflowClient client) {
        this.client = client;
        Worker worker = env.newWorker(TaskQueues.CRM);
        worker.registerWorkflowImplementationTypes(PlaybookIndexWorkflowImpl.class);
        worker.registerActivitiesImplementations(activities);
        env.start();
    }

    @Test
    void indexes_the_playbook_once_and_returns_its_section_count() {
        UUID playbook = UUID.randomUUID();
        activities.sections = 7;

        PlaybookIndexResult result = signalWithStart(playbook).getResult(PlaybookIndexResult.class);

        assertThat(result).isEqualTo(new PlaybookIndexResult(BRAND, playbook, 7, 1));
        assertThat(activities.calls).containsExactly(playbook);
    }

    @Test
    void a_save_during_a_pass_runs_one_more_pass_that_reads_the_newest_text() throws Exception {
        UUID playbook = UUID.randomUUID();
        activities.block = new CountDownLatch(1);
        activities.sections = 4;
        WorkflowStub first = signalWithStart(playbook);
        assertThat(activities.entered.await(20, TimeUnit.SECONDS)).isTrue();

        // Saved again while the first pass runs: joins the run instead of starting a second one.
        activities.sections = 5;
        WorkflowStub second = signalWithStart(playbook);
        activities.block.countDown();

        PlaybookIndexResult result = first.getResult(PlaybookIndexResult.class);
        assertThat(result.sections()).isEqualTo(5);
        assertThat(result.passes()).isEqualTo(2);
        assertThat(second.getExecution().getRunId())
                .isEqualTo(first.getExecution().getRunId());
        assertThat(activities.calls).containsExactly(playbook, playbook);
    }

    @Test
    void a_later_save_starts_a_new_run_once_the_previous_one_ended() {
        UUID playbook = UUID.randomUUID();
        WorkflowStub first = signalWithStart(playbook);
        first.getResult(PlaybookIndexResult.class);

        WorkflowStub second = signalWithStart(playbook);
        second.getResult(PlaybookIndexResult.class);

        assertThat(second.getExecution().getRunId())
                .isNotEqualTo(first.getExecution().getRunId());
        assertThat(activities.calls).hasSize(2);
    }

    @Test
    void a_transient_failure_is_retried() {
        UUID playbook = UUID.randomUUID();
        activities.failuresBeforeSuccess.set(2);
        activities.sections = 3;

        PlaybookIndexResult result = signalWithStart(playbook).getResult(PlaybookIndexResult.class);

        assertThat(result.sections()).isEqualTo(3);
        assertThat(activities.calls).hasSize(3);
    }

    @Test
    void a_missing_playbook_fails_without_retrying() {
        UUID playbook = UUID.randomUUID();
        activities.missing = true;

        WorkflowStub stub = signalWithStart(playbook);

        assertThatThrownBy(() -> stub.getResult(PlaybookIndexResult.class))
                .isInstanceOf(WorkflowFailedException.class)
                .cause()
                .isInstanceOf(ActivityFailure.class)
                .cause()
                .isInstanceOf(ApplicationFailure.class)
                .satisfies(f -> assertThat(((ApplicationFailure) f).getType())
                        .isEqualTo(PlaybookIndexWorkflowImpl.PLAYBOOK_NOT_FOUND));
        assertThat(activities.calls).hasSize(1);
    }

    @Test
    void ids_options_and_registration() {
        UUID playbook = UUID.fromString("00000000-0000-0000-0000-0000000000p1".replace('p', 'a'));
        assertThat(PlaybookIndexWorkflow.workflowId(BRAND, playbook))
                .isEqualTo("playbook-index-" + BRAND + "-" + playbook);
        var options = PlaybookIndexWorkflow.startOptions(BRAND, playbook);
        assertThat(options.getTaskQueue()).isEqualTo(TaskQueues.CRM);
        assertThat(options.getWorkflowIdReusePolicy())
                .isEqualTo(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE);
        assertThat(WorkflowCatalog.entries())
                .contains(new WorkflowCatalog.Entry(PlaybookIndexWorkflowImpl.class, TaskQueues.CRM));
    }

    private WorkflowStub signalWithStart(UUID playbook) {
        PlaybookIndexWorkflow workflow = client.newWorkflowStub(
                PlaybookIndexWorkflow.class, PlaybookIndexWorkflow.startOptions(BRAND, playbook));
        BatchRequest batch = client.newSignalWithStartRequest();
        batch.add(workflow::index, BRAND, playbook);
        batch.add(workflow::saved);
        client.signalWithStart(batch);
        return WorkflowStub.fromTyped(workflow);
    }

    static final class FakePlaybookActivities implements PlaybookActivities {
        final List<UUID> calls = new CopyOnWriteArrayList<>();
        final AtomicInteger failuresBeforeSuccess = new AtomicInteger();
        final CountDownLatch entered = new CountDownLatch(1);
        volatile CountDownLatch block = new CountDownLatch(0);
        volatile int sections = 2;
        volatile boolean missing;

        @Override
        public int reindex(UUID brandId, UUID playbookId) {
            calls.add(playbookId);
            if (missing) {
                throw ApplicationFailure.newNonRetryableFailure(
                        "No playbook " + playbookId, PlaybookIndexWorkflowImpl.PLAYBOOK_NOT_FOUND);
            }
            if (failuresBeforeSuccess.getAndDecrement() > 0) {
                throw new IllegalStateException("database restarting");
            }
            int result = sections;
            entered.countDown();
            try {
                block.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return result;
        }
    }
}

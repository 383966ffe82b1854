package com.fashionos.workflows.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.NonDeterministicException;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerOptions;
import io.temporal.workflow.Workflow;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays recorded histories of real runs against the current workflow code: a change that would break running drafts
 * fails here. The histories are written by {@link NeuralDraftWorkflowTest} with {@code -Drecord.histories=true}; keep
 * old ones when the code changes (guarded by {@code Workflow.getVersion}) and add new ones.
 */
class NeuralDraftReplayTest {

    /** Generous: the first replay in a cold JVM on a busy machine loads many classes inside the workflow thread. */
    private static final WorkerOptions PATIENT = WorkerOptions.newBuilder()
            .setDefaultDeadlockDetectionTimeout(Duration.ofSeconds(30).toMillis())
            .build();

    private static TestWorkflowEnvironment env;
    private static Worker current;
    private static Worker reordered;

    @BeforeAll
    static void replayWorkers() {
        env = TestWorkflowEnvironment.newInstance();
        current = env.newWorker("replay-current", PATIENT);
        current.registerWorkflowImplementationTypes(NeuralDraftWorkflowImpl.class);
        reordered = env.newWorker("replay-reordered", PATIENT);
        reordered.registerWorkflowImplementationTypes(ReorderedDraftWorkflow.class);
    }

    @AfterAll
    static void closeEnvironment() {
        env.close();
    }

    private static WorkflowExecutionHistory load(String history) throws IOException {
        try (InputStream in = Objects.requireNonNull(
                NeuralDraftReplayTest.class.getResourceAsStream("/histories/" + history), history)) {
            return WorkflowExecutionHistory.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static Stream<String> histories() throws IOException, URISyntaxException {
        Path dir = Path.of(Objects.requireNonNull(NeuralDraftReplayTest.class.getResource("/histories"))
                .toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files
                    .map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".json"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("histories")
    void recorded_history_replays_against_the_current_code(String history) throws Exception {
        WorkflowReplayer.replayWorkflowExecution(load(history), current);
    }

    @Test
    void histories_cover_every_way_a_draft_ends() throws Exception {
        assertThat(histories().toList())
                .contains(
                        "approve-and-send.json",
                        "improve-then-approve.json",
                        "edit-then-approve.json",
                        "reject.json",
                        "expire.json",
                        "malformed-compose.json",
                        "resume-improve-approve.json",
                        "resume-whatsapp-reject.json",
                        "use-template-then-approve.json");
    }

    @Test
    void replay_fails_when_the_code_changes_the_order_of_steps() {
        assertThatThrownBy(() -> WorkflowReplayer.replayWorkflowExecution(load("approve-and-send.json"), reordered))
                .hasStackTraceContaining(NonDeterministicException.class.getName());
    }

    /** The same workflow type with an unguarded change: it skips the retrieval step. */
    public static final class ReorderedDraftWorkflow implements NeuralDraftWorkflow {

        private final DraftActivities activities = Workflow.newActivityStub(
                DraftActivities.class,
                ActivityOptions.newBuilder()
                        .setStartToCloseTimeout(Duration.ofMinutes(1))
                        .build());

        @Override
        public DraftState draft(DraftRequest request) {
            DraftContext context = activities.gatherContext(request.brandId(), request.contactId(), request.dealId());
            activities.compose(new ComposeRequest(context, List.of(), null, null, request.channel()));
            Workflow.await(() -> false);
            return state();
        }

        @Override
        public DraftState state() {
            throw new UnsupportedOperationException();
        }

        @Override
        public DraftState improve(ImproveRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void validateImprove(ImproveRequest request) {}

        @Override
        public DraftState edit(EditRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void validateEdit(EditRequest request) {}

        @Override
        public DraftState approve(ApproveRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void validateApprove(ApproveRequest request) {}

        @Override
        public DraftState useTemplate(TemplateChoice choice) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void validateUseTemplate(TemplateChoice choice) {}

        @Override
        public DraftState reject(RejectRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void validateReject(RejectRequest request) {}
    }
}

package com.fashionos.workflows.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Shared fixtures of the draft workflow tests. */
final class DraftTestSupport {

    static final UUID BRAND = UUID.fromString("0b6f4c1e-6a55-4a9e-9a57-1d2f3c4b5a60");
    static final UUID CONTACT = UUID.fromString("7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
    static final UUID DEAL = UUID.fromString("d3a1b2c3-d4e5-4f60-8a7b-9c0d1e2f3a4b");
    static final UUID MANAGER = UUID.fromString("a1111111-2222-4333-8444-555555555555");
    static final UUID VIEWER = UUID.fromString("b6666666-7777-4888-8999-aaaaaaaaaaaa");

    /** Set -Drecord.histories=true to (re)write the replay histories under src/test/resources/histories. */
    private static final boolean RECORD = Boolean.getBoolean("record.histories");

    private static final Duration QUERY_PATIENCE = Duration.ofSeconds(20);

    private DraftTestSupport() {}

    static UUID draftId(String name) {
        return UUID.nameUUIDFromBytes(("draft-" + name).getBytes(StandardCharsets.UTF_8));
    }

    static DraftRequest dealEmail(UUID draftId) {
        return new DraftRequest(BRAND, draftId, DEAL, CONTACT, Channel.EMAIL, DraftTriggers.STAGE_PITCH, null, 0, null);
    }

    static DraftRequest contactMessage(UUID draftId, Channel channel, int expiryDays) {
        return new DraftRequest(
                BRAND, draftId, null, CONTACT, channel, DraftTriggers.CONTACT_BUTTON, MANAGER, expiryDays, null);
    }

    static NeuralDraftWorkflow start(WorkflowClient client, DraftRequest request) {
        NeuralDraftWorkflow draft =
                client.newWorkflowStub(NeuralDraftWorkflow.class, NeuralDraftWorkflow.startOptions(request));
        WorkflowClient.start(draft::draft, request);
        return draft;
    }

    /** Polls the query until the draft reaches the status (real time; no timer is skipped meanwhile). */
    static DraftState awaitStatus(NeuralDraftWorkflow draft, DraftStatus expected) {
        long giveUp = System.nanoTime() + QUERY_PATIENCE.toNanos();
        DraftState state = draft.state();
        while (state.status() != expected && System.nanoTime() < giveUp) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            state = draft.state();
        }
        assertThat(state.status()).as("draft status").isEqualTo(expected);
        return state;
    }

    static DraftState result(NeuralDraftWorkflow draft) {
        return WorkflowStub.fromTyped(draft).getResult(DraftState.class);
    }

    /** Writes the finished run's history as a replay fixture, when recording is switched on. */
    static void keepHistory(WorkflowClient client, NeuralDraftWorkflow draft, @Nullable String name) {
        if (!RECORD || name == null) {
            return;
        }
        String workflowId = WorkflowStub.fromTyped(draft).getExecution().getWorkflowId();
        String json = client.fetchHistory(workflowId).toJson(true);
        try {
            Path dir = Path.of("src/test/resources/histories");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".json"), json);
        } catch (IOException e) {
            throw new IllegalStateException("could not write history " + name, e);
        }
    }
}

package com.fashionos.ui.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fashionos.crm.user.Role;
import com.fashionos.workflows.draft.Channel;
import com.fashionos.workflows.draft.DraftState;
import com.fashionos.workflows.draft.DraftStatus;
import com.fashionos.workflows.draft.DraftTriggers;
import com.fashionos.workflows.draft.NeuralDraftWorkflow;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.client.WorkflowClient;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The facade against the real app: start and join, roles, stale approvals, and the re-drive that joins. */
@DraftAppTest
class DraftServiceTest {

    @Autowired
    DraftService drafts;

    @Autowired
    DraftRedrive redrive;

    @Autowired
    DraftFixtures fixtures;

    @Autowired
    WorkflowClient temporal;

    @Autowired
    com.fashionos.worker.runtime.TemporalWorker worker;

    @Test
    void a_start_answers_without_waiting_for_the_workflow_and_its_memo_names_the_draft() throws Exception {
        UUID deal = fixtures.newLeadDeal("Answer at once deal");
        worker.stop(); // nothing runs the workflow: before, the start waited 10 s to read the first state back
        DraftHandle handle;
        try {
            handle = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    java.time.Duration.ofSeconds(5),
                    () -> drafts.startForDeal(fixtures.owner(), deal, Channel.EMAIL, DraftTriggers.API));
            assertThat(handle.joined()).isFalse();
            assertThat(handle.status()).isEqualTo(DraftStatus.GATHERING);
            Object memo = io.temporal.client.WorkflowStub.fromTyped(
                            temporal.newWorkflowStub(NeuralDraftWorkflow.class, handle.workflowId()))
                    .describe()
                    .getMemo(DraftService.DRAFT_ID_MEMO, String.class);
            assertThat(memo).isEqualTo(handle.draftId().toString());
        } finally {
            worker.start();
        }
        assertThat(fixtures.awaitApproval(handle.workflowId()).draftId()).isEqualTo(handle.draftId());
    }

    @Test
    void a_second_start_for_the_same_deal_and_channel_joins_the_running_draft() {
        UUID deal = fixtures.newLeadDeal("Join test deal");

        DraftHandle first = drafts.startForDeal(fixtures.owner(), deal, Channel.EMAIL, DraftTriggers.DEAL_BUTTON);
        DraftHandle second = drafts.startForDeal(fixtures.owner(), deal, Channel.EMAIL, DraftTriggers.API);

        assertThat(first.joined()).isFalse();
        assertThat(second.joined()).isTrue();
        assertThat(second.workflowId()).isEqualTo(first.workflowId());
        assertThat(second.draftId()).isEqualTo(first.draftId());
        DraftState state = fixtures.awaitApproval(first.workflowId());
        assertThat(state.status()).isEqualTo(DraftStatus.AWAITING_APPROVAL);
        assertThat(state.proposal()).isNotNull();
        assertThat(state.proposal().provider()).isEqualTo("local");
    }

    @Test
    void a_viewer_can_neither_start_nor_approve() {
        UUID deal = fixtures.newLeadDeal("Viewer test deal");
        DraftActor viewer = fixtures.actor(DraftFixtures.VIEWER, Role.VIEWER);

        assertThatThrownBy(() -> drafts.startForDeal(viewer, deal, Channel.EMAIL, DraftTriggers.DEAL_BUTTON))
                .isInstanceOf(DraftException.class)
                .extracting(e -> ((DraftException) e).kind())
                .isEqualTo(DraftException.Kind.FORBIDDEN);

        DraftHandle handle = drafts.startForDeal(fixtures.owner(), deal, Channel.EMAIL, DraftTriggers.DEAL_BUTTON);
        DraftState state = fixtures.awaitApproval(handle.workflowId());
        assertThatThrownBy(() -> drafts.approve(viewer, handle.workflowId(), state.textHash()))
                .isInstanceOf(DraftException.class)
                .extracting(e -> ((DraftException) e).kind())
                .isEqualTo(DraftException.Kind.FORBIDDEN);
        assertThat(drafts.state(fixtures.maison(), handle.workflowId()).status())
                .isEqualTo(DraftStatus.AWAITING_APPROVAL);
    }

    @Test
    void approving_a_text_that_changed_since_is_refused_as_stale() {
        UUID deal = fixtures.newLeadDeal("Stale test deal");
        DraftHandle handle = drafts.startForDeal(fixtures.owner(), deal, Channel.EMAIL, DraftTriggers.DEAL_BUTTON);
        DraftState seen = fixtures.awaitApproval(handle.workflowId());

        DraftState edited = drafts.edit(
                fixtures.owner(), handle.workflowId(), null, seen.proposal().body() + "\nP.S.");

        assertThat(edited.version()).isEqualTo(seen.version() + 1);
        assertThatThrownBy(() -> drafts.approve(fixtures.owner(), handle.workflowId(), seen.textHash()))
                .isInstanceOf(DraftException.class)
                .hasMessage(DraftException.STALE_MESSAGE)
                .extracting(e -> ((DraftException) e).kind())
                .isEqualTo(DraftException.Kind.STALE);
        DraftState sent = drafts.approve(fixtures.owner(), handle.workflowId(), edited.textHash());
        assertThat(sent.status()).isEqualTo(DraftStatus.SANDBOXED);
        assertThat(fixtures.awaitState(handle.workflowId(), s -> true).status()).isEqualTo(DraftStatus.SANDBOXED);
        assertThatThrownBy(() -> drafts.reject(fixtures.owner(), handle.workflowId(), "too late"))
                .isInstanceOf(DraftException.class)
                .extracting(e -> ((DraftException) e).kind())
                .isEqualTo(DraftException.Kind.CONFLICT);
    }

    @Test
    void drafts_of_another_brand_are_not_found() {
        UUID otherBrand = UUID.randomUUID();
        DraftActor stranger =
                new DraftActor(otherBrand, fixtures.user(DraftFixtures.OWNER).id(), Role.OWNER);
        String workflowId = NeuralDraftWorkflow.dealWorkflowId(fixtures.maison(), UUID.randomUUID(), Channel.EMAIL);

        assertThatThrownBy(() -> drafts.approve(stranger, workflowId, "x"))
                .isInstanceOf(DraftException.class)
                .extracting(e -> ((DraftException) e).kind())
                .isEqualTo(DraftException.Kind.NOT_FOUND);
    }

    @Test
    void redrive_joins_a_draft_that_is_still_running_and_drives_nothing_twice() {
        UUID deal = fixtures.newLeadDeal("Redrive join deal");
        DraftHandle handle = drafts.startForDeal(fixtures.owner(), deal, Channel.EMAIL, DraftTriggers.DEAL_BUTTON);
        DraftState before = fixtures.awaitApproval(handle.workflowId());
        String runBefore = runId(handle.workflowId());

        DraftRedrive.Outcome outcome = redrive.redriveAll();

        assertThat(outcome.workflowIds()).contains(handle.workflowId());
        assertThat(runId(handle.workflowId())).isEqualTo(runBefore);
        DraftState after = drafts.state(fixtures.maison(), handle.workflowId());
        assertThat(after.steps()).isEqualTo(before.steps());
        assertThat(after.steps()).noneMatch(s -> s.step().equals("resume"));
        assertThat(after.version()).isEqualTo(before.version());
    }

    private String runId(String workflowId) {
        return temporal.getWorkflowServiceStubs()
                .blockingStub()
                .describeWorkflowExecution(DescribeWorkflowExecutionRequest.newBuilder()
                        .setNamespace(temporal.getOptions().getNamespace())
                        .setExecution(WorkflowExecution.newBuilder().setWorkflowId(workflowId))
                        .build())
                .getWorkflowExecutionInfo()
                .getExecution()
                .getRunId();
    }
}

package com.fashionos.workflows.draft;

import static com.fashionos.workflows.draft.DraftTestSupport.BRAND;
import static com.fashionos.workflows.draft.DraftTestSupport.CONTACT;
import static com.fashionos.workflows.draft.DraftTestSupport.DEAL;
import static com.fashionos.workflows.draft.DraftTestSupport.MANAGER;
import static com.fashionos.workflows.draft.DraftTestSupport.VIEWER;
import static com.fashionos.workflows.draft.DraftTestSupport.awaitStatus;
import static com.fashionos.workflows.draft.DraftTestSupport.contactMessage;
import static com.fashionos.workflows.draft.DraftTestSupport.dealEmail;
import static com.fashionos.workflows.draft.DraftTestSupport.draftId;
import static com.fashionos.workflows.draft.DraftTestSupport.keepHistory;
import static com.fashionos.workflows.draft.DraftTestSupport.result;
import static com.fashionos.workflows.draft.DraftTestSupport.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.client.WorkflowException;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class NeuralDraftWorkflowTest extends NeuralDraftFixture {

    @Test
    void draft_is_not_sent_without_approval() {
        long startedAt = env.currentTimeMillis();
        NeuralDraftWorkflow draft = start(client, contactMessage(draftId("waits"), Channel.EMAIL, 0));

        DraftState state = awaitStatus(draft, DraftStatus.AWAITING_APPROVAL);

        assertThat(activities.calls).containsExactly("gatherContext", "retrieve", "compose", "audit", "recordProposal");
        assertThat(activities.sends).isEmpty();
        assertThat(state.version()).isEqualTo(1);
        assertThat(state.proposal()).isNotNull();
        assertThat(state.textHash())
                .isEqualTo(MessageHash.of(
                        state.proposal().subject(), state.proposal().body()));
        assertThat(state.deadlineEpochMillis())
                .isBetween(
                        startedAt + Duration.ofDays(7).toMillis(),
                        startedAt + Duration.ofDays(7).plusMinutes(1).toMillis());
        assertThat(state.aiRunId()).isEqualTo(draftId("waits"));
        assertThat(state.messageId()).isEqualTo(FakeDraftActivities.messageIdOf(draftId("waits")));
        assertThat(state.sources()).extracting(SourceSection::heading).containsExactly("Sponsor pitch", "Sign-off");
        assertThat(state.audit().score()).isEqualTo(88);
    }

    @Test
    void query_shows_every_step_with_its_outcome() {
        NeuralDraftWorkflow draft = start(client, contactMessage(draftId("steps"), Channel.EMAIL, 0));

        DraftState state = awaitStatus(draft, DraftStatus.AWAITING_APPROVAL);

        assertThat(state.steps())
                .extracting(StepRecord::step)
                .containsExactly("gather-context", "retrieve", "compose", "audit", "record");
        assertThat(state.steps()).allSatisfy(step -> {
            assertThat(step.status()).isEqualTo(StepStatus.DONE);
            assertThat(step.version()).isEqualTo(1);
            assertThat(step.detail()).isNotBlank();
            assertThat(step.finishedAtMillis()).isGreaterThanOrEqualTo(step.startedAtMillis());
        });
        assertThat(state.steps().get(1).detail()).isEqualTo("2 playbook sections");
        assertThat(state.steps().get(3).detail()).isEqualTo("aligned with DNA 2.1, score 88, 0 issues");
    }

    @Test
    void approve_sends_exactly_once_and_only_after_the_approval_check() {
        UUID id = draftId("approve");
        NeuralDraftWorkflow draft = start(client, contactMessage(id, Channel.EMAIL, 0));
        DraftState waiting = awaitStatus(draft, DraftStatus.AWAITING_APPROVAL);
        assertThat(activities.sends).isEmpty();

        DraftState sent = draft.approve(new ApproveRequest(MANAGER, waiting.textHash()));

        assertThat(sent.status()).isEqualTo(DraftStatus.SENT);
        assertThat(activities.calls)
                .containsSubsequence("recordProposal", "checkApproval", "send", "recordSent")
                .filteredOn("send"::equals)
                .hasSize(1);
        assertThat(activities.approvalChecks).containsExactly(MANAGER + "/" + waiting.textHash());
        SendRequest send = activities.sends.getFirst();
        assertThat(send.hash()).isEqualTo(waiting.textHash());
        assertThat(send.messageId()).isEqualTo(waiting.messageId());
        assertThat(send.approverId()).isEqualTo(MANAGER);
        assertThat(send.idempotencyKey()).isEqualTo("draft-" + id + "-v1");
        assertThat(activities.sentRecords).singleElement().satisfies(record -> {
            assertThat(record.hash()).isEqualTo(waiting.textHash());
            assertThat(record.contactId()).isEqualTo(CONTACT);
            assertThat(record.result().status()).isEqualTo(SendStatus.SENT);
        });
        assertThat(sent.sendResult().providerMessageId()).isEqualTo("SG.fake-draft-" + id + "-v1");
        assertThat(result(draft).status()).isEqualTo(DraftStatus.SENT);
        assertThat(activities.sends).hasSize(1);
        keepHistory(client, draft, "approve-and-send");
    }

    @Test
    void improve_composes_again_from_the_previous_draft_and_the_instructions() {
        NeuralDraftWorkflow draft = start(client, dealEmail(draftId("improve")));
        DraftState first = awaitStatus(draft, DraftStatus.AWAITING_APPROVAL);

        DraftState improved = draft.improve(new ImproveRequest("shorter, mention the Milan show", MANAGER));

        assertThat(improved.status()).isEqualTo(DraftStatus.AWAITING_APPROVAL);
        assertThat(improved.version()).isEqualTo(2);
        assertThat(improved.textHash()).isNotEqualTo(first.textHash());
        assertThat(activities.composeRequests).hasSize(2);
        ComposeRequest redraft = activities.composeRequests.get(1);
        assertThat(redraft.previousDraft()).isEqualTo(first.proposal());
        assertThat(redraft.instructions()).isEqualTo("shorter, mention the Milan show");
        assertThat(activities.retrieveQueries.get(1)).contains("shorter, mention the Milan show");
        RecordProposalRequest second = activities.recorded.get(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.origin()).isEqualTo(VersionOrigin.IMPROVE);
        assertThat(second.requestedBy()).isEqualTo(MANAGER);
        assertThat(second.aiRunId()).isEqualTo(first.aiRunId());
        assertThat(second.messageId()).isEqualTo(first.messageId());
        assertThat(activities.sends).isEmpty();

        DraftState sent = draft.approve(new ApproveRequest(MANAGER, improved.textHash()));

        assertThat(sent.status()).isEqualTo(DraftStatus.SENT);
        assertThat(activities.sends).singleElement().satisfies(send -> {
            assertThat(send.hash()).isEqualTo(improved.textHash());
            assertThat(send.idempotencyKey()).endsWith("-v2");
        });
        keepHistory(client, draft, "improve-then-approve");
    }

    @Test
    void a_failed_improve_keeps_the_current_version_and_the_draft_waiting() {
        NeuralDraftWorkflow draft = start(client, contactMessage(draftId("improve-fails"), Channel.EMAIL, 0));
        DraftState first = awaitStatus(draft, DraftStatus.AWAITING_APPROVAL);
        activities.composeMalformed = true;

        assertThatThrownBy(() -> draft.improve(new ImproveRequest("make it rhyme", MANAGER)))
                .isInstanceOf(WorkflowUpdateException.class)
                .satisfies(thrown -> assertThat(DraftFailures.typeOf(thrown)).isEqualTo(DraftFailures.REVISION_FAILED));

        DraftState after = draft.state();
        assertThat(after.status()).isEqualTo(DraftStatus.AWAITING_APPROVAL);
        assertThat(after.version()).isEqualTo(1);
        assertThat(after.textHash()).isEqualTo(first.textHash());
        assertThat(after.error()).contains("version 1 stays current").contains("MalformedModelOutput");
        assertThat(activities.recorded).hasSize(1);
        assertThat(activities.failures).isEmpty();

        activities.composeMalformed = false;
        assertThat(draft.approve(new ApproveRequest(MANAGER, first.textHash())).status())
                .isEqualTo(DraftStatus.SENT);
        assertThat(activities.sends)
                .singleElement()
                .extracting(SendRequest::hash)
                .isEqualTo(first.textHash());
    }

    @Test
    void edit_then_approve_sends_the_edited_text() {
        NeuralDraftWorkflow draft = start(client, contactMessage(draftId("edit"), Channel.EMAIL, 0));
        DraftState first = awaitStatus(draft, DraftStatus.AWAITING_APPROVAL);

        DraftState edited = draft.edit(new EditRequest(null, "Dear Amélie, a shorter note by hand.", MANAGER));

        assertThat(edited.version()).isEqualTo(2);
        assertThat(edited.proposal().provider()).isEqualTo(DraftProposal.HUMAN_PROVIDER);
        assertThat(edited.proposal().subject()).isEqualTo(first.proposal().subject());
        assertThat(edited.textHash())
                .isEqualTo(MessageHash.of(first.proposal().subject(), "Dear Amélie, a shorter note by hand."));
        assertThat(edited.audit().issues()).containsExactly("Missing the Maison sign-off");
        assertThat(activities.audited).hasSize(2);
        assertThat(activities.recorded.get(1).origin()).isEqualTo(VersionOrigin.EDIT);
        assertThat(activities.composeRequests).hasSize(1);

        DraftState sent = draft.approve(new ApproveRequest(MANAGER, edited.textHash()));

        assertThat(sent.status()).isEqualTo(DraftStatus.SENT);
        assertThat(activities.sends)
                .singleElement()
                .extracting(SendRequest::hash)
                .isEqualTo(edited.textHash());
        keepHistory(client, draft, "edit-then-approve");
    }

    @Test
    void approve_with_a_stale_hash_is_refused_and_nothing_is_sent() {
        NeuralDraftWorkflow draft = start(client, contactMessage(draftId("stale"), Channel.EMAIL, 0));
        DraftState first = awaitStatus(draft, DraftStatus.AWAITING_APPROVAL);
        DraftState edited = draft.edit(new EditRequest("New subject", "A different text.", MANAGER));

        assertRefused(() -> draft.approve(new ApproveRequest(MANAGER, first.textHash())), DraftFailures.STALE_HASH);

        assertThat(activities.approvalChecks).isEmpty();
        assertThat(activities.sends).isEmpty();
        DraftState after = draft.state();
        assertThat(after.status()).isEqualTo(DraftStatus.AWAITING_APPROVAL);
        assertThat(after.textHash()).isEqualTo(edited.textHash());
    }

    @Test
    void decisions_with_invalid_input_are_refused_and_change_nothing() {
        NeuralDraftWorkflow draft = start(client, contactMessage(draftId("invalid"), Channel.EMAIL, 0));
        DraftState waiting = awaitStatus(draft, DraftStatus.AWAITING_APPROVAL);
        int callsBefore = activities.calls.size();

        assertRefused(() -> draft.improve(new ImproveRequest("  ", MANAGER)), DraftFailures.INVALID_INPUT);
        assertRefused(() -> draft.edit(new EditRequest(null, "", MANAGER)), DraftFailures.INVALID_INPUT);
        assertRefused(
                () -> draft.edit(new EditRequest(null, waiting.proposal().body(), MANAGER)),
                DraftFailures.INVALID_INPUT);
        assertRefused(() -> draft.reject(new RejectRequest("", MANAGER)), DraftFailures.INVALID_INPUT);
        assertRefused(
                () -> draft.approve(new ApproveRequest(new UUID(0, 0), waiting.textHash())),
                DraftFailures.INVALID_INPUT);
        assertRefused(() -> draft.approve(new ApproveRequest(MANAGER, " ")), DraftFailures.INVALID_INPUT);

        assertThat(activities.calls).hasSize(callsBefore);
        assertThat(draft.state()).isEqualTo(waiting);
    }

    @Test
    void an_approver_refused_by_the_controller_leaves_the_draft_waiting() {
        activities.deniedApprovers = Set.of(VIEWER);
        NeuralDraftWorkflow draft = start(client, contactMessage(draftId("viewer"), Channel.WHATSAPP, 0));
        DraftState waiting = awaitStatus(draft, DraftStatus.AWAITING_APPROVAL);

        assertRefused(
                () -> draft.approve(new ApproveRequest(VIEWER, waiting.textHash())), DraftFailures.APPROVAL_DENIED);

        assertThat(activities.sends).isEmpty();
        DraftState after = draft.state();
        assertThat(after.status()).isEqualTo(DraftStatus.AWAITING_APPROVAL);
        assertThat(after.error()).contains("role VIEWER");
        assertThat(after.steps().getLast().step()).isEqualTo("approval-check");
        assertThat(after.steps().getLast().status()).isEqualTo(StepStatus.FAILED);

        DraftState sent = draft.approve(new ApproveRequest(MANAGER, waiting.textHash()));
        assertThat(sent.status()).isEqualTo(DraftStatus.SENT);
        assertThat(activities.sends)
                .singleElement()
                .extracting(SendRequest::approverId)
                .isEqualTo(MANAGER);
    }

    @Test
    void reject_ends_the_draft_without_sending() {
        NeuralDraftWorkflow draft = start(client, dealEmail(draftId("reject")));
        awaitStatus(draft, DraftStatus.AWAITING_APPROVAL);

        DraftState rejected = draft.reject(new RejectRequest("Wrong season for this sponsor", MANAGER));

        assertThat(rejected.status()).isEqualTo(DraftStatus.REJECTED);
        assertThat(activities.rejections).singleElement().satisfies(record -> {
            assertThat(record.reason()).isEqualTo("Wrong season for this sponsor");
            assertThat(record.userId()).isEqualTo(MANAGER);
        });
        assertThat(result(draft).status()).isEqualTo(DraftStatus.REJECTED);
        assertThat(activities.sends).isEmpty();
        assertThatThrownBy(() -> draft.approve(new ApproveRequest(MANAGER, rejected.textHash())))
                .isInstanceOf(WorkflowException.class);
        keepHistory(client, draft, "reject");
    }

    @Test
    void draft_expires_after_the_deadline_without_sending() {
        NeuralDraftWorkflow draft = start(client, contactMessage(draftId("expire"), Channel.EMAIL, 3));
        DraftState waiting = awaitStatus(draft, DraftStatus.AWAITING_APPROVAL);

        env.sleep(Duration.ofDays(2));
        assertThat(draft.state().status()).isEqualTo(DraftStatus.AWAITING_APPROVAL);
        assertThat(activities.expiries).isEmpty();

        DraftState expired = result(draft);

        assertThat(expired.status()).isEqualTo(DraftStatus.EXPIRED);
        assertThat(env.currentTimeMillis()).isGreaterThanOrEqualTo(waiting.deadlineEpochMillis());
        assertThat(activities.expiries).singleElement().satisfies(record -> {
            assertThat(record.deadlineEpochMillis()).isEqualTo(waiting.deadlineEpochMillis());
            assertThat(record.messageId()).isEqualTo(waiting.messageId());
        });
        assertThat(activities.sends).isEmpty();
        assertThat(activities.calls).doesNotContain("checkApproval", "send");
        keepHistory(client, draft, "expire");
    }

    @Test
    void malformed_model_output_fails_the_draft_visibly_and_sends_nothing() {
        activities.composeMalformed = true;
        NeuralDraftWorkflow draft = start(client, dealEmail(draftId("malformed")));

        DraftState failed = result(draft);

        assertThat(failed.status()).isEqualTo(DraftStatus.FAILED);
        assertThat(failed.error()).contains("does not match the draft schema").contains("MalformedModelOutput");
        assertThat(failed.proposal()).isNull();
        assertThat(activities.composeRequests).hasSize(3);
        assertThat(activities.calls).doesNotContain("audit", "recordProposal", "checkApproval", "send");
        assertThat(activities.failures).singleElement().satisfies(record -> {
            assertThat(record.step()).isEqualTo("compose");
            assertThat(record.aiRunId()).isNull();
            assertThat(record.dealId()).isEqualTo(DEAL);
        });
        DraftState queried = draft.state();
        assertThat(queried.status()).isEqualTo(DraftStatus.FAILED);
        assertThat(queried.steps())
                .filteredOn(step -> step.step().equals("compose"))
                .singleElement()
                .extracting(StepRecord::status)
                .isEqualTo(StepStatus.FAILED);
        keepHistory(client, draft, "malformed-compose");
    }

    @Test
    void a_refused_send_fails_the_draft_and_records_why() {
        activities.sendStatus = SendStatus.FAILED;
        NeuralDraftWorkflow draft = start(client, contactMessage(draftId("bounce"), Channel.EMAIL, 0));
        DraftState waiting = awaitStatus(draft, DraftStatus.AWAITING_APPROVAL);

        DraftState after = draft.approve(new ApproveRequest(MANAGER, waiting.textHash()));

        assertThat(after.status()).isEqualTo(DraftStatus.FAILED);
        assertThat(after.error()).contains("550 mailbox unavailable");
        assertThat(activities.calls).doesNotContain("recordSent");
        assertThat(activities.failures)
                .singleElement()
                .extracting(FailureRecord::step)
                .isEqualTo("send");
        assertThat(activities.sends).hasSize(1);
    }

    @Test
    void without_provider_keys_the_message_is_sandboxed() {
        activities.sendStatus = SendStatus.SANDBOXED;
        NeuralDraftWorkflow draft = start(client, contactMessage(draftId("sandbox"), Channel.WHATSAPP, 0));
        DraftState waiting = awaitStatus(draft, DraftStatus.AWAITING_APPROVAL);
        assertThat(waiting.proposal().subject()).isNull();

        DraftState after = draft.approve(new ApproveRequest(MANAGER, waiting.textHash()));

        assertThat(after.status()).isEqualTo(DraftStatus.SANDBOXED);
        assertThat(activities.sentRecords)
                .singleElement()
                .satisfies(record -> assertThat(record.result().status()).isEqualTo(SendStatus.SANDBOXED));
    }

    @Test
    void a_second_start_for_the_same_deal_and_channel_joins_the_running_draft() {
        DraftRequest fromStageChange = dealEmail(draftId("deal-first"));
        DraftRequest fromButton = new DraftRequest(
                BRAND,
                draftId("deal-second"),
                DEAL,
                CONTACT,
                Channel.EMAIL,
                DraftTriggers.DEAL_BUTTON,
                MANAGER,
                0,
                null);

        NeuralDraftWorkflow first = start(client, fromStageChange);
        awaitStatus(first, DraftStatus.AWAITING_APPROVAL);
        NeuralDraftWorkflow second = start(client, fromButton);

        WorkflowExecution firstRun = WorkflowStub.fromTyped(first).getExecution();
        WorkflowExecution secondRun = WorkflowStub.fromTyped(second).getExecution();
        assertThat(secondRun).isEqualTo(firstRun);
        assertThat(firstRun.getWorkflowId()).isEqualTo(NeuralDraftWorkflow.dealWorkflowId(BRAND, DEAL, Channel.EMAIL));
        assertThat(second.state().draftId()).isEqualTo(fromStageChange.draftId());
        assertThat(activities.calls).filteredOn("gatherContext"::equals).hasSize(1);

        NeuralDraftWorkflow whatsapp = start(
                client,
                new DraftRequest(
                        BRAND,
                        draftId("deal-whatsapp"),
                        DEAL,
                        CONTACT,
                        Channel.WHATSAPP,
                        DraftTriggers.DEAL_BUTTON,
                        MANAGER,
                        0,
                        null));
        awaitStatus(whatsapp, DraftStatus.AWAITING_APPROVAL);
        assertThat(WorkflowStub.fromTyped(whatsapp).getExecution().getWorkflowId())
                .isNotEqualTo(firstRun.getWorkflowId());

        first.reject(new RejectRequest("not now", MANAGER));
        result(first);
        NeuralDraftWorkflow later = start(client, fromButton);
        assertThat(WorkflowStub.fromTyped(later).getExecution().getRunId()).isNotEqualTo(firstRun.getRunId());
        assertThat(awaitStatus(later, DraftStatus.AWAITING_APPROVAL).draftId()).isEqualTo(fromButton.draftId());
    }

    @Test
    void a_resumed_draft_waits_for_a_decision_without_drafting_again() {
        UUID id = draftId("resume");
        long deadline = env.currentTimeMillis() + Duration.ofDays(2).toMillis();
        DraftProposal stored = new DraftProposal(
                Channel.EMAIL,
                "Desert Noir × Lumière Skin",
                "Dear Amélie, stored version 3.",
                "en",
                "restored",
                List.of("Outreach SOP › Sponsor pitch"),
                "gemini",
                "gemini-3-pro",
                1200,
                300);
        ResumePoint point = new ResumePoint(
                3,
                stored,
                new GuardianAudit(true, 91, List.of(), "2.1"),
                List.of(),
                id,
                FakeDraftActivities.messageIdOf(id),
                deadline);
        NeuralDraftWorkflow draft =
                start(client, contactMessage(id, Channel.EMAIL, 0).resumingFrom(point));

        DraftState waiting = awaitStatus(draft, DraftStatus.AWAITING_APPROVAL);

        assertThat(waiting.version()).isEqualTo(3);
        assertThat(waiting.textHash()).isEqualTo(stored.textHash());
        assertThat(waiting.deadlineEpochMillis()).isEqualTo(deadline);
        assertThat(waiting.steps()).extracting(StepRecord::step).containsExactly("resume");
        assertThat(activities.calls).isEmpty();

        DraftState improved = draft.improve(new ImproveRequest("warmer", MANAGER));
        assertThat(improved.version()).isEqualTo(4);
        assertThat(activities.calls).containsExactly("gatherContext", "retrieve", "compose", "audit", "recordProposal");
        assertThat(activities.composeRequests.getFirst().previousDraft()).isEqualTo(stored);

        DraftState sent = draft.approve(new ApproveRequest(MANAGER, improved.textHash()));
        assertThat(sent.status()).isEqualTo(DraftStatus.SENT);
        assertThat(activities.sends)
                .singleElement()
                .extracting(SendRequest::idempotencyKey)
                .isEqualTo("draft-" + id + "-v4");
        keepHistory(client, draft, "resume-improve-approve");
    }

    @Test
    void a_resumed_draft_past_its_deadline_expires_at_once() {
        UUID id = draftId("resume-late");
        DraftProposal stored =
                new DraftProposal(Channel.WHATSAPP, null, "Ciao!", "it", "restored", List.of(), "local", "local", 0, 0);
        ResumePoint point = new ResumePoint(
                1,
                stored,
                new GuardianAudit(true, 80, List.of(), "2.1"),
                List.of(),
                id,
                FakeDraftActivities.messageIdOf(id),
                env.currentTimeMillis() - 1);

        DraftState expired =
                result(start(client, contactMessage(id, Channel.WHATSAPP, 0).resumingFrom(point)));

        assertThat(expired.status()).isEqualTo(DraftStatus.EXPIRED);
        assertThat(activities.calls).containsExactly("markExpired");
    }

    private static void assertRefused(ThrowingCallable decision, String failureType) {
        assertThatThrownBy(decision)
                .isInstanceOf(WorkflowUpdateException.class)
                .satisfies(thrown -> assertThat(DraftFailures.typeOf(thrown)).isEqualTo(failureType));
    }
}

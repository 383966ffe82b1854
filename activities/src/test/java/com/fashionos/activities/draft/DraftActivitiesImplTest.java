package com.fashionos.activities.draft;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fashionos.activities.ActivitiesTestBase;
import com.fashionos.activities.channel.OutboxSender;
import com.fashionos.crm.airun.AiRun;
import com.fashionos.crm.airun.AiRunService;
import com.fashionos.crm.airun.ApprovalStatus;
import com.fashionos.crm.conversation.ConversationService;
import com.fashionos.crm.conversation.Message;
import com.fashionos.crm.conversation.MessageStatus;
import com.fashionos.workflows.draft.Channel;
import com.fashionos.workflows.draft.ComposeRequest;
import com.fashionos.workflows.draft.DraftContext;
import com.fashionos.workflows.draft.DraftFailures;
import com.fashionos.workflows.draft.DraftProposal;
import com.fashionos.workflows.draft.DraftTriggers;
import com.fashionos.workflows.draft.GuardianAudit;
import com.fashionos.workflows.draft.RecordProposalRequest;
import com.fashionos.workflows.draft.RecordedDraft;
import com.fashionos.workflows.draft.SendRequest;
import com.fashionos.workflows.draft.SendResult;
import com.fashionos.workflows.draft.SendStatus;
import com.fashionos.workflows.draft.SentRecord;
import com.fashionos.workflows.draft.SourceSection;
import com.fashionos.workflows.draft.VersionOrigin;
import io.temporal.client.WorkflowOptions;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DraftActivitiesImplTest extends ActivitiesTestBase {

    static final String LUMIERE_DEAL = "Lumière Skin × Desert Noir";

    @Autowired
    DraftActivitiesImpl activities;

    @Autowired
    ConversationService conversations;

    @Autowired
    AiRunService aiRuns;

    @Autowired
    OutboxSender outbox;

    record Drafted(UUID draftId, RecordedDraft rows, DraftProposal proposal, DraftContext context) {
        String hash() {
            return proposal.textHash();
        }

        SendRequest sendBy(UUID approver) {
            return new SendRequest(
                    ActivitiesTestBaseAccess.brand,
                    draftId,
                    rows.messageId(),
                    approver,
                    hash(),
                    SendRequest.idempotencyKey(draftId, 1));
        }
    }

    /** Holds the brand id for the record above (records cannot reach the test instance). */
    static final class ActivitiesTestBaseAccess {
        static UUID brand;
    }

    UUID[] lumiere() {
        return inMaison(() -> jdbc.sql("""
                        SELECT d.id, coalesce(d.primary_contact_id, (SELECT c.id FROM contacts c
                            WHERE c.account_id = d.account_id AND c.email IS NOT NULL
                            ORDER BY c.whatsapp IS NULL, c.name LIMIT 1))
                        FROM deals d WHERE d.title = ?""")
                .param(LUMIERE_DEAL)
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .single());
    }

    UUID viewer() {
        return users.findByEmail("viewer@fashionos.demo").orElseThrow().id();
    }

    /** Runs the draft's steps as the workflow does, up to the recorded version 1 awaiting approval. */
    Drafted draft(Channel channel) {
        ActivitiesTestBaseAccess.brand = maisonId();
        UUID[] deal = lumiere();
        UUID draftId = UUID.randomUUID();
        DraftContext context = activities.gatherContext(maisonId(), deal[1], deal[0]);
        List<SourceSection> sources =
                activities.retrieve(maisonId(), "pitch " + LUMIERE_DEAL + " sponsor first message");
        DraftProposal proposal = activities.compose(new ComposeRequest(context, sources, null, null, channel));
        GuardianAudit audit = activities.audit(maisonId(), proposal);
        RecordedDraft rows = activities.recordProposal(new RecordProposalRequest(
                maisonId(),
                draftId,
                "draft-" + maisonId() + "-" + draftId,
                1,
                VersionOrigin.AI,
                deal[1],
                deal[0],
                DraftTriggers.DEAL_BUTTON,
                owner().id(),
                null,
                context,
                proposal,
                proposal.textHash(),
                audit,
                sources,
                null,
                null));
        return new Drafted(draftId, rows, proposal, context);
    }

    Message message(Drafted d) {
        return asMaison(() -> conversations.find(d.rows().messageId()).orElseThrow());
    }

    static void sendgridAccepts(String id) {
        PROVIDERS.stubFor(
                post("/v3/mail/send").willReturn(aResponse().withStatus(202).withHeader("X-Message-Id", id)));
    }

    @Test
    void a_draft_for_the_lumiere_deal_is_recorded_with_its_sources_and_passes_the_guardian() {
        Drafted d = draft(Channel.EMAIL);

        assertThat(d.context().accountName()).isEqualTo("Lumière Skin");
        assertThat(d.context().maisonDnaSummary()).contains("Maison DNA v2.1 of Maison Aurelle");
        assertThat(d.proposal().provider()).isEqualTo("local");
        assertThat(d.proposal().sources()).anyMatch(s -> s.startsWith("Sponsor Outreach SOP › "));
        assertThat(d.proposal().body()).endsWith("With warm regards, Maison Aurelle");
        GuardianAudit audit = activities.audit(maisonId(), d.proposal());
        assertThat(audit.issues()).isEmpty();
        assertThat(audit.dnaVersion()).isEqualTo("2.1");

        Message m = message(d);
        assertThat(m.status()).isEqualTo(MessageStatus.DRAFT);
        assertThat(m.bodyHash()).isEqualTo(d.hash());
        assertThat(m.toAddress()).isEqualTo(d.context().contactEmail());
        AiRun run = asMaison(() -> aiRuns.find(d.rows().aiRunId()).orElseThrow());
        assertThat(run.id()).isEqualTo(d.draftId());
        assertThat(run.approvalStatus()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(run.provider()).isEqualTo("local");
        assertThat(run.model()).isEqualTo("local-template-v1");
        assertThat(run.citations()).contains("Sponsor Outreach SOP");
    }

    @Test
    void recording_the_same_version_twice_writes_nothing_new() {
        Drafted d = draft(Channel.EMAIL);
        UUID[] deal = lumiere();
        RecordedDraft again = activities.recordProposal(new RecordProposalRequest(
                maisonId(),
                d.draftId(),
                "wf",
                1,
                VersionOrigin.AI,
                deal[1],
                deal[0],
                DraftTriggers.DEAL_BUTTON,
                null,
                null,
                d.context(),
                d.proposal(),
                d.hash(),
                new GuardianAudit(true, 100, List.of(), "2.1"),
                List.of(),
                null,
                null));
        assertThat(again).isEqualTo(d.rows());
    }

    @Test
    void send_is_refused_without_an_approval_and_nothing_reaches_the_provider() {
        Drafted d = draft(Channel.EMAIL);
        sendgridAccepts("never");

        assertThatThrownBy(() -> activities.send(d.sendBy(owner().id())))
                .isInstanceOfSatisfying(ApplicationFailure.class, f -> {
                    assertThat(f.getType()).isEqualTo(DraftFailures.SEND_REFUSED);
                    assertThat(f.isNonRetryable()).isTrue();
                });
        PROVIDERS.verify(0, postRequestedFor(urlEqualTo("/v3/mail/send")));
        assertThat(message(d).status()).isEqualTo(MessageStatus.DRAFT);
    }

    @Test
    void approval_of_a_stale_hash_is_refused() {
        Drafted d = draft(Channel.EMAIL);
        String stale = com.fashionos.workflows.draft.MessageHash.of(d.proposal().subject(), "an older text");

        assertThatThrownBy(() -> activities.checkApproval(maisonId(), d.draftId(), owner().id(), stale))
                .isInstanceOfSatisfying(
                        ApplicationFailure.class, f -> assertThat(f.getType()).isEqualTo(DraftFailures.APPROVAL_DENIED))
                .hasMessageContaining("text changed");
        assertThatThrownBy(() -> activities.send(
                        new SendRequest(maisonId(), d.draftId(), d.rows().messageId(), owner().id(), stale, "k-stale")))
                .isInstanceOfSatisfying(
                        ApplicationFailure.class, f -> assertThat(f.getType()).isEqualTo(DraftFailures.SEND_REFUSED));
    }

    @Test
    void a_viewer_cannot_approve() {
        Drafted d = draft(Channel.EMAIL);

        assertThatThrownBy(() -> activities.checkApproval(maisonId(), d.draftId(), viewer(), d.hash()))
                .isInstanceOfSatisfying(
                        ApplicationFailure.class, f -> assertThat(f.getType()).isEqualTo(DraftFailures.APPROVAL_DENIED))
                .hasMessageContaining("VIEWER");
        assertThat(message(d).approvedBy()).isNull();
    }

    @Test
    void an_approved_email_is_sent_once_and_a_repeated_send_returns_the_stored_result() {
        Drafted d = draft(Channel.EMAIL);
        sendgridAccepts("sg-msg-1");
        activities.checkApproval(maisonId(), d.draftId(), owner().id(), d.hash());
        activities.checkApproval(maisonId(), d.draftId(), owner().id(), d.hash());

        SendResult first = activities.send(d.sendBy(owner().id()));
        SendResult repeated = activities.send(d.sendBy(owner().id()));

        assertThat(first).isEqualTo(new SendResult(SendStatus.SENT, "sg-msg-1", null));
        assertThat(repeated).isEqualTo(first);
        PROVIDERS.verify(1, postRequestedFor(urlEqualTo("/v3/mail/send")));
        Message sent = message(d);
        assertThat(sent.status()).isEqualTo(MessageStatus.SENT);
        assertThat(sent.providerMessageId()).isEqualTo("sg-msg-1");

        SentRecord record = new SentRecord(
                maisonId(),
                d.draftId(),
                d.rows().aiRunId(),
                d.rows().messageId(),
                lumiere()[1],
                lumiere()[0],
                Channel.EMAIL,
                owner().id(),
                d.hash(),
                1,
                first);
        activities.recordSent(record);
        activities.recordSent(record);
        List<String> timeline = inMaison(
                () -> jdbc.sql("SELECT subject || '|' || content FROM activities WHERE metadata->>'messageId' = ?")
                        .param(d.rows().messageId().toString())
                        .query(String.class)
                        .list());
        assertThat(timeline)
                .containsExactly(
                        "Sent: " + d.proposal().subject() + "|" + d.proposal().body());
        assertThat(asMaison(() -> aiRuns.find(d.rows().aiRunId()).orElseThrow().approvalStatus()))
                .isEqualTo(ApprovalStatus.APPROVED);
    }

    /**
     * Timeout after accept, through a real Temporal test server: SendGrid accepts but answers after the client's read
     * timeout, Temporal retries the activity with the same idempotency key, and the retry does not call SendGrid again.
     */
    @Test
    void a_send_retried_after_a_timeout_after_accept_reaches_the_provider_exactly_once() {
        Drafted d = draft(Channel.EMAIL);
        PROVIDERS.stubFor(post("/v3/mail/send")
                .willReturn(aResponse()
                        .withStatus(202)
                        .withHeader("X-Message-Id", "late")
                        .withFixedDelay(9000)));
        activities.checkApproval(maisonId(), d.draftId(), owner().id(), d.hash());

        try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance()) {
            Worker worker = env.newWorker("send-test");
            worker.registerWorkflowImplementationTypes(SendOnceWorkflowImpl.class);
            worker.registerActivitiesImplementations(activities);
            env.start();
            SendOnceWorkflow workflow = env.getWorkflowClient()
                    .newWorkflowStub(
                            SendOnceWorkflow.class,
                            WorkflowOptions.newBuilder()
                                    .setTaskQueue("send-test")
                                    .build());

            SendResult result = workflow.send(d.sendBy(owner().id()));

            assertThat(result.status()).isEqualTo(SendStatus.FAILED);
            assertThat(result.error()).startsWith("Outcome unknown");
        }
        PROVIDERS.verify(1, postRequestedFor(urlEqualTo("/v3/mail/send")));
        assertThat(message(d).status()).isEqualTo(MessageStatus.FAILED);
    }

    @Test
    void a_rate_limited_send_is_retried_after_the_providers_delay_then_sent() {
        Drafted d = draft(Channel.EMAIL);
        activities.checkApproval(maisonId(), d.draftId(), owner().id(), d.hash());
        PROVIDERS.stubFor(
                post("/v3/mail/send").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")));

        assertThatThrownBy(() -> activities.send(d.sendBy(owner().id())))
                .isInstanceOfSatisfying(ApplicationFailure.class, f -> {
                    assertThat(f.getType()).isEqualTo(OutboxSender.PROVIDER_UNAVAILABLE);
                    assertThat(f.isNonRetryable()).isFalse();
                    assertThat(f.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(7));
                });
        assertThat(message(d).status()).isEqualTo(MessageStatus.APPROVED);

        PROVIDERS.resetAll();
        sendgridAccepts("sg-after-429");
        assertThat(activities.send(d.sendBy(owner().id())).providerMessageId()).isEqualTo("sg-after-429");
        PROVIDERS.verify(1, postRequestedFor(urlEqualTo("/v3/mail/send")));
    }

    @Test
    void a_server_error_is_retryable_and_a_bad_request_fails_the_send_for_good() {
        Drafted d = draft(Channel.EMAIL);
        activities.checkApproval(maisonId(), d.draftId(), owner().id(), d.hash());
        PROVIDERS.stubFor(post("/v3/mail/send").willReturn(aResponse().withStatus(502)));
        assertThatThrownBy(() -> activities.send(d.sendBy(owner().id())))
                .isInstanceOfSatisfying(ApplicationFailure.class, f -> assertThat(f.isNonRetryable())
                        .isFalse());

        PROVIDERS.resetAll();
        PROVIDERS.stubFor(
                post("/v3/mail/send")
                        .willReturn(
                                aResponse()
                                        .withStatus(400)
                                        .withBody(
                                                "{\"errors\":[{\"message\":\"The from address does not match a verified Sender Identity.\"}]}")));
        SendResult result = activities.send(d.sendBy(owner().id()));
        assertThat(result.status()).isEqualTo(SendStatus.FAILED);
        assertThat(result.error()).contains("verified Sender Identity");
        assertThat(activities.send(d.sendBy(owner().id())).status()).isEqualTo(SendStatus.FAILED);
        PROVIDERS.verify(1, postRequestedFor(urlEqualTo("/v3/mail/send")));
    }

    @Test
    void whatsapp_outside_the_24_hour_window_is_drafted_from_an_approved_template_and_sent_by_content_sid() {
        Drafted d = draft(Channel.WHATSAPP);

        assertThat(d.context().whatsappWindowOpen()).isFalse();
        assertThat(d.proposal().templateSid()).startsWith("HX");
        assertThat(d.proposal().templateVariables())
                .containsEntry(
                        "1",
                        "Camille".equals("")
                                ? ""
                                : d.proposal().templateVariables().get("1"));
        assertThat(d.proposal().body()).doesNotContain("{{1}}").endsWith("Reply STOP to opt out.");
        String path = "/2010-04-01/Accounts/" + TWILIO_SID + "/Messages.json";
        PROVIDERS.stubFor(post(path)
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"sid\": \"SM99999999999999999999999999999999\", \"status\": \"queued\","
                                + " \"account_sid\": \"" + TWILIO_SID + "\"}")));
        activities.checkApproval(maisonId(), d.draftId(), owner().id(), d.hash());

        SendResult result = activities.send(d.sendBy(owner().id()));

        assertThat(result.providerMessageId()).isEqualTo("SM99999999999999999999999999999999");
        PROVIDERS.verify(
                1,
                postRequestedFor(urlEqualTo(path))
                        .withFormParam(
                                "ContentSid",
                                com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                                        d.proposal().templateSid())));
    }

    @Test
    void a_rejected_draft_closes_its_message_and_run() {
        Drafted d = draft(Channel.EMAIL);
        activities.markRejected(new com.fashionos.workflows.draft.RejectionRecord(
                maisonId(), d.draftId(), d.rows().aiRunId(), d.rows().messageId(), owner().id(), "Not now"));
        assertThat(message(d).status()).isEqualTo(MessageStatus.REJECTED);
        AiRun run = asMaison(() -> aiRuns.find(d.rows().aiRunId()).orElseThrow());
        assertThat(run.approvalStatus()).isEqualTo(ApprovalStatus.REJECTED);
        assertThat(run.decidedBy()).isEqualTo(owner().id());
        assertThat(run.decisionNote()).isEqualTo("Not now");
    }
}

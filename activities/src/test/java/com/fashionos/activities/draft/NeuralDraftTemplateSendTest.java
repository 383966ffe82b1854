package com.fashionos.activities.draft;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fashionos.activities.ActivitiesTestBase;
import com.fashionos.crm.conversation.ConversationService;
import com.fashionos.crm.conversation.Message;
import com.fashionos.crm.conversation.MessageStatus;
import com.fashionos.crm.playbook.PlaybookService;
import com.fashionos.workflows.TaskQueues;
import com.fashionos.workflows.draft.ApproveRequest;
import com.fashionos.workflows.draft.Channel;
import com.fashionos.workflows.draft.DraftRequest;
import com.fashionos.workflows.draft.DraftState;
import com.fashionos.workflows.draft.DraftStatus;
import com.fashionos.workflows.draft.DraftTriggers;
import com.fashionos.workflows.draft.NeuralDraftWorkflow;
import com.fashionos.workflows.draft.NeuralDraftWorkflowImpl;
import com.fashionos.workflows.draft.TemplateChoice;
import com.fashionos.workflows.draft.WhatsAppTemplate;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The real Neural Draft workflow over the real activities, PostgreSQL and Twilio's SDK against WireMock: outside the
 * 24-hour window a person chooses one of the brand's approved templates, and the approved message reaches Twilio as
 * ContentSid + ContentVariables, not as free text.
 */
class NeuralDraftTemplateSendTest extends ActivitiesTestBase {

    static final String PENDING_SID = "HX" + "c".repeat(32);

    @Autowired
    DraftActivitiesImpl activities;

    @Autowired
    PlaybookService playbooks;

    @Autowired
    ConversationService conversations;

    @Test
    void a_chosen_template_is_approved_and_sent_to_twilio_by_content_sid_with_its_variables() throws Exception {
        inMaison(() -> playbooks.saveTemplate(
                "season_preview_pending",
                PENDING_SID,
                "en",
                "Hello {{1}}, a preview of {{2}} awaits you.",
                List.of("first_name", "collection"),
                "PENDING"));
        UUID[] deal = inMaison(() -> jdbc.sql("""
                        SELECT d.id, (SELECT c.id FROM contacts c WHERE c.account_id = d.account_id
                            AND c.whatsapp IS NOT NULL ORDER BY c.name LIMIT 1)
                        FROM deals d WHERE d.title = ?""")
                .param(DraftActivitiesImplTest.LUMIERE_DEAL)
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .single());
        assertThat(deal[1])
                .as("a contact of the Lumière account with a WhatsApp number")
                .isNotNull();
        UUID draftId = UUID.randomUUID();
        String path = "/2010-04-01/Accounts/" + TWILIO_SID + "/Messages.json";
        PROVIDERS.stubFor(post(path)
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"sid\": \"SM0123456789abcdef0123456789abcdef\", \"status\": \"queued\","
                                + " \"account_sid\": \"" + TWILIO_SID + "\"}")));

        try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance()) {
            Worker worker = env.newWorker(TaskQueues.CRM);
            worker.registerWorkflowImplementationTypes(NeuralDraftWorkflowImpl.class);
            worker.registerActivitiesImplementations(activities);
            env.start();
            WorkflowClient client = env.getWorkflowClient();
            DraftRequest request = new DraftRequest(
                    maisonId(),
                    draftId,
                    deal[0],
                    deal[1],
                    Channel.WHATSAPP,
                    DraftTriggers.DEAL_BUTTON,
                    owner().id(),
                    0,
                    null);
            NeuralDraftWorkflow draft =
                    client.newWorkflowStub(NeuralDraftWorkflow.class, NeuralDraftWorkflow.startOptions(request));
            WorkflowClient.start(draft::draft, request);
            DraftState first = awaitDecision(draft);
            assertThat(first.status()).isEqualTo(DraftStatus.AWAITING_APPROVAL);
            assertThat(first.proposal().templateSid())
                    .as("the window is closed: the agent drafted from an approved template, never the pending one")
                    .startsWith("HX")
                    .isNotEqualTo(PENDING_SID);

            List<WhatsAppTemplate> known =
                    activities.gatherContext(maisonId(), deal[1], deal[0]).whatsappTemplates();
            WhatsAppTemplate invitation = known.stream()
                    .filter(t -> t.name().equals("desert_noir_invitation"))
                    .findFirst()
                    .orElseThrow();
            WhatsAppTemplate pending = known.stream()
                    .filter(t -> t.contentSid().equals(PENDING_SID))
                    .findFirst()
                    .orElseThrow();
            assertThat(pending.approvedForSending()).isFalse();
            assertThatThrownBy(() -> draft.useTemplate(
                            new TemplateChoice(pending.id(), Map.of("1", "Camille", "2", "SS26"), owner().id())))
                    .isInstanceOf(WorkflowUpdateException.class)
                    .hasStackTraceContaining("not approved by WhatsApp");

            DraftState chosen = draft.useTemplate(
                    new TemplateChoice(invitation.id(), Map.of("1", "Camille", "2", "12 March"), owner().id()));
            Message stored =
                    asMaison(() -> conversations.find(chosen.messageId()).orElseThrow());
            assertThat(stored.templateSid()).isEqualTo(invitation.contentSid());
            assertThat(stored.templateVariables()).isEqualTo(Map.of("1", "Camille", "2", "12 March"));
            assertThat(stored.bodyHash()).isEqualTo(chosen.textHash());
            PROVIDERS.verify(0, postRequestedFor(urlEqualTo(path)));

            DraftState sent = draft.approve(new ApproveRequest(owner().id(), chosen.textHash()));

            assertThat(sent.status()).isEqualTo(DraftStatus.SENT);
            assertThat(sent.sendResult().providerMessageId()).isEqualTo("SM0123456789abcdef0123456789abcdef");
            PROVIDERS.verify(
                    1,
                    postRequestedFor(urlEqualTo(path))
                            .withFormParam("ContentSid", equalTo(invitation.contentSid()))
                            .withFormParam("ContentVariables", equalToJson("{\"1\": \"Camille\", \"2\": \"12 March\"}"))
                            .withFormParam("From", equalTo("whatsapp:+14155238886")));
            PROVIDERS.verify(0, postRequestedFor(urlEqualTo(path)).withFormParam("Body", equalTo(stored.body())));
            Message after =
                    asMaison(() -> conversations.find(chosen.messageId()).orElseThrow());
            assertThat(after.status()).isEqualTo(MessageStatus.SENT);
            assertThat(after.approvedBy()).isEqualTo(owner().id());
            assertThat(after.approvedHash()).isEqualTo(chosen.textHash());
        }
    }

    private static DraftState awaitDecision(NeuralDraftWorkflow draft) throws InterruptedException {
        long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        DraftState state = draft.state();
        while (state.status() != DraftStatus.AWAITING_APPROVAL
                && !state.status().isFinal()
                && System.nanoTime() < giveUp) {
            Thread.sleep(50);
            state = draft.state();
        }
        return state;
    }
}

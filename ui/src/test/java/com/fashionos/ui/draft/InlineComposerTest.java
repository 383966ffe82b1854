package com.fashionos.ui.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fashionos.crm.activity.ActivityService;
import com.fashionos.crm.common.Page;
import com.fashionos.crm.conversation.ConversationService;
import com.fashionos.crm.conversation.Message;
import com.fashionos.crm.conversation.MessageStatus;
import com.fashionos.crm.user.Role;
import com.fashionos.workflows.draft.Channel;
import com.fashionos.workflows.draft.HumanReplyWorkflow;
import com.fashionos.workflows.draft.MessageHash;
import com.fashionos.workflows.draft.ReplyRequest;
import com.fashionos.workflows.draft.ReplyState;
import com.fashionos.workflows.draft.ReplyStatus;
import com.vaadin.flow.component.UI;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The composer's Send goes through Temporal: a {@link HumanReplyWorkflow} records the click as the sender's approval
 * of exactly this text, sends it through the shared send activity and writes the timeline; a viewer cannot send.
 */
@DraftAppTest
class InlineComposerTest extends DraftPanelBrowserlessTest {

    @Autowired
    ConversationService conversations;

    @Autowired
    ActivityService activities;

    @Autowired
    WorkflowClient temporal;

    @Test
    void composer_send_runs_the_reply_workflow_and_writes_exactly_one_approved_message() {
        UUID dealId = fixtures.newLeadDeal("Composer deal");
        fixtures.signIn(DraftFixtures.OWNER);
        DraftPanel panel = panels.forDeal(dealId);
        UI.getCurrent().add(panel);
        InlineComposer composer = panel.composer;
        assertThat(composer.isVisible()).isTrue();
        String body = "Dear partner, a seat at the Milan show is yours. " + UUID.randomUUID();

        test(composer.subject).setValue("Milan show");
        test(composer.text).setValue(body);
        test(composer.send).click();

        ReplyHandle handle = composer.pending();
        assertThat(handle).as("the click started a reply workflow").isNotNull();
        assertThat(composer.progress.isVisible()).isTrue();
        assertThat(composer.send.isEnabled()).isFalse();
        await().atMost(Duration.ofSeconds(60))
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(100))
                .until(() -> !composer.checkProgress());

        assertThat(composer.result.getText()).isEqualTo("Not sent — sandbox");
        assertThat(composer.progress.isVisible()).isFalse();
        assertThat(composer.text.getValue()).isEmpty();
        ReplyState state = composer.lastReply();
        assertThat(state.status()).isEqualTo(ReplyStatus.SANDBOXED);
        assertThat(state.messageId()).isEqualTo(handle.replyId());

        UUID owner = fixtures.user(DraftFixtures.OWNER).id();
        List<Message> rows = drafts.outbox(fixtures.maison()).stream()
                .filter(m -> m.body().equals(body))
                .toList();
        assertThat(rows).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(handle.replyId());
            assertThat(m.status()).isEqualTo(MessageStatus.SANDBOXED);
            assertThat(m.approvedBy()).isEqualTo(owner);
            assertThat(m.bodyHash()).isEqualTo(MessageHash.of("Milan show", body));
            assertThat(m.approvedHash()).isEqualTo(m.bodyHash());
            assertThat(m.idempotencyKey()).isEqualTo("reply-" + handle.replyId());
        });

        assertThat(temporal.fetchHistory(handle.workflowId()).getEvents().stream()
                        .filter(HistoryEvent::hasActivityTaskScheduledEventAttributes)
                        .map(e -> e.getActivityTaskScheduledEventAttributes()
                                .getActivityType()
                                .getName()))
                .as("the send ran through the workflow's activities")
                .containsExactly("ReplyRecordReply", "DraftSend", "ReplyRecordReplySent");
        assertThat(temporal.fetchHistory(handle.workflowId())
                        .getLastEvent()
                        .hasWorkflowExecutionCompletedEventAttributes())
                .isTrue();
        assertThat(fixtures.asMaison(() -> activities.forDeal(dealId, Page.first(20))))
                .anySatisfy(entry -> {
                    assertThat(entry.subject()).isEqualTo("Not sent — sandbox: Milan show");
                    assertThat(entry.content()).isEqualTo(body);
                });
    }

    @Test
    void a_viewer_cannot_send_from_the_composer_nor_through_the_workflow() {
        UUID dealId = fixtures.newLeadDeal("Viewer composer deal");
        UUID contactId =
                fixtures.asMaison(() -> fixtures.deal("Viewer composer deal").primaryContactId());
        DraftActor viewer = fixtures.actor(DraftFixtures.VIEWER, Role.VIEWER);
        fixtures.signIn(DraftFixtures.VIEWER);
        DraftPanel panel = panels.forDeal(dealId);
        UI.getCurrent().add(panel);

        assertThat(panel.composer.isVisible()).isFalse();
        assertThatThrownBy(() -> drafts.sendReply(viewer, contactId, dealId, Channel.EMAIL, "Hi", "Not allowed"))
                .isInstanceOf(DraftException.class)
                .extracting(e -> ((DraftException) e).kind())
                .isEqualTo(DraftException.Kind.FORBIDDEN);

        // Even a forged start of the workflow in the viewer's name is refused by the database check.
        ReplyRequest forged = new ReplyRequest(
                fixtures.maison(),
                UUID.randomUUID(),
                contactId,
                dealId,
                Channel.EMAIL,
                viewer.userId(),
                "Hi",
                "Forged",
                MessageHash.of("Hi", "Forged"));
        HumanReplyWorkflow reply =
                temporal.newWorkflowStub(HumanReplyWorkflow.class, HumanReplyWorkflow.startOptions(forged));
        ReplyState refused = reply.send(forged);

        assertThat(refused.status()).isEqualTo(ReplyStatus.REFUSED);
        assertThat(refused.error()).contains("VIEWER");
        assertThat(fixtures.asMaison(() -> conversations.find(forged.replyId())))
                .isEmpty();
        assertThat(
                        temporal
                                .fetchHistory(HumanReplyWorkflow.workflowId(fixtures.maison(), forged.replyId()))
                                .getEvents()
                                .stream()
                                .filter(HistoryEvent::hasActivityTaskScheduledEventAttributes)
                                .map(e -> e.getActivityTaskScheduledEventAttributes()
                                        .getActivityType()
                                        .getName()))
                .containsExactly("ReplyRecordReply");
    }
}

package com.fashionos.workflows.draft;

import static com.fashionos.workflows.draft.DraftTestSupport.BRAND;
import static com.fashionos.workflows.draft.DraftTestSupport.CONTACT;
import static com.fashionos.workflows.draft.DraftTestSupport.MANAGER;
import static com.fashionos.workflows.draft.DraftTestSupport.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.workflows.TaskQueues;
import io.temporal.client.WorkflowClient;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The composer's durable send: approval by the sender of exactly this text, then the shared send, then the timeline. */
class HumanReplyWorkflowTest {

    @RegisterExtension
    static final TestWorkflowExtension temporal = TestWorkflowExtension.newBuilder()
            .registerWorkflowImplementationTypes(HumanReplyWorkflowImpl.class)
            .setDoNotStart(true)
            .build();

    /** The reply's own activities: the Controller refuses a viewer, as the real one does from the database. */
    static final class FakeReplyActivities implements ReplyActivities {
        final List<String> calls = new CopyOnWriteArrayList<>();
        final List<ReplySentRecord> sent = new CopyOnWriteArrayList<>();

        @Override
        public UUID recordReply(ReplyRequest request) {
            calls.add("recordReply");
            if (request.senderId().equals(VIEWER)) {
                throw ApplicationFailure.newNonRetryableFailure(
                        "Send refused: role VIEWER may not approve messages", DraftFailures.APPROVAL_DENIED);
            }
            return request.replyId();
        }

        @Override
        public void recordReplySent(ReplySentRecord record) {
            calls.add("recordReplySent");
            sent.add(record);
        }
    }

    private FakeReplyActivities replies;
    private FakeDraftActivities drafts;
    private WorkflowClient client;

    @BeforeEach
    void startWorker(TestWorkflowEnvironment env, WorkflowClient client) {
        this.replies = new FakeReplyActivities();
        this.drafts = new FakeDraftActivities();
        this.client = client;
        Worker worker = env.newWorker(TaskQueues.CRM);
        worker.registerWorkflowImplementationTypes(HumanReplyWorkflowImpl.class);
        worker.registerActivitiesImplementations(replies, drafts);
        env.start();
    }

    private ReplyState send(ReplyRequest request) {
        HumanReplyWorkflow reply =
                client.newWorkflowStub(HumanReplyWorkflow.class, HumanReplyWorkflow.startOptions(request));
        return reply.send(request);
    }

    private static ReplyRequest email(UUID sender, String body) {
        return new ReplyRequest(
                BRAND,
                UUID.randomUUID(),
                CONTACT,
                null,
                Channel.EMAIL,
                sender,
                "Milan",
                body,
                MessageHash.of("Milan", body));
    }

    @Test
    void the_send_click_is_the_approval_then_the_shared_send_runs_once_and_the_timeline_is_written() {
        ReplyRequest request = email(MANAGER, "See you in Milan.");

        ReplyState done = send(request);

        assertThat(done.status()).isEqualTo(ReplyStatus.SENT);
        assertThat(done.messageId()).isEqualTo(request.replyId());
        assertThat(done.steps()).extracting(StepRecord::step).containsExactly("approval", "send", "record-sent");
        assertThat(replies.calls).containsExactly("recordReply", "recordReplySent");
        assertThat(drafts.sends).singleElement().satisfies(send -> {
            assertThat(send.approverId()).isEqualTo(MANAGER);
            assertThat(send.hash()).isEqualTo(MessageHash.of("Milan", "See you in Milan."));
            assertThat(send.messageId()).isEqualTo(request.replyId());
            assertThat(send.idempotencyKey()).isEqualTo("reply-" + request.replyId());
        });
        assertThat(replies.sent)
                .singleElement()
                .extracting(ReplySentRecord::hash)
                .isEqualTo(request.bodyHash());
    }

    @Test
    void a_viewer_is_refused_and_nothing_is_sent() {
        ReplyState refused = send(email(VIEWER, "I may not send this."));

        assertThat(refused.status()).isEqualTo(ReplyStatus.REFUSED);
        assertThat(refused.error()).contains("VIEWER");
        assertThat(drafts.sends).isEmpty();
        assertThat(replies.calls).containsExactly("recordReply");
    }

    @Test
    void a_text_that_is_not_the_approved_one_is_refused_before_anything_is_written() {
        ReplyRequest seen = email(MANAGER, "The text on screen.");
        ReplyRequest tampered = new ReplyRequest(
                seen.brandId(),
                seen.replyId(),
                seen.contactId(),
                null,
                Channel.EMAIL,
                MANAGER,
                "Milan",
                "Another text.",
                seen.bodyHash());

        ReplyState refused = send(tampered);

        assertThat(refused.status()).isEqualTo(ReplyStatus.REFUSED);
        assertThat(refused.error()).contains("not the one approved");
        assertThat(replies.calls).isEmpty();
        assertThat(drafts.calls).isEmpty();
    }

    @Test
    void a_refused_provider_fails_the_reply_without_a_timeline_entry() {
        drafts.sendStatus = SendStatus.FAILED;

        ReplyState failed = send(email(MANAGER, "Bounce me."));

        assertThat(failed.status()).isEqualTo(ReplyStatus.FAILED);
        assertThat(failed.error()).contains("550 mailbox unavailable");
        assertThat(replies.calls).containsExactly("recordReply");
    }
}

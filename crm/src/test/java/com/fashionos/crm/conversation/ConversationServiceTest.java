package com.fashionos.crm.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fashionos.crm.testsupport.SeededCrmTest;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class ConversationServiceTest extends SeededCrmTest {

    @Autowired
    ConversationService conversations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    <T> T inMaison(Supplier<T> work) {
        return asMaison(() -> new TransactionTemplate(transactionManager).execute(s -> work.get()));
    }

    UUID contact() {
        return inMaison(() -> jdbc.sql("SELECT id FROM contacts WHERE email IS NOT NULL ORDER BY name LIMIT 1")
                .query(UUID.class)
                .single());
    }

    UUID viewer() {
        return users.findByEmail("viewer@fashionos.demo").orElseThrow().id();
    }

    Message draft(String body) {
        return asMaison(() -> conversations.createDraftMessage(new NewDraft(
                contact(), Channel.EMAIL, "camille@lumiere.test", null, "Desert Noir", body, null, null, Map.of())));
    }

    int sql(String statement, Object... params) {
        return inMaison(() -> jdbc.sql(statement).params(params).update());
    }

    @Test
    void the_database_refuses_a_sent_message_without_an_approval() {
        Message m = draft("Dear Camille");
        assertThatThrownBy(() -> sql("UPDATE messages SET status = 'SENT' WHERE id = ?", m.id()))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("messages_outbound_needs_approval");
    }

    @Test
    void the_database_refuses_a_sent_message_whose_text_differs_from_the_approved_one() {
        Message m = draft("Dear Camille");
        asMaison(() -> conversations.recordApproval(m.id(), owner().id(), m.bodyHash()));
        assertThatThrownBy(
                        () -> sql("UPDATE messages SET body = 'Something else', status = 'SENT' WHERE id = ?", m.id()))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("messages_outbound_needs_approval");
        assertThatThrownBy(
                        () -> sql("UPDATE messages SET approved_hash = 'forged', status = 'SENT' WHERE id = ?", m.id()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void the_hash_computed_in_java_is_the_databases_body_hash() {
        Message m = draft("Dear Camille,\n\nÀ bientôt");
        assertThat(m.bodyHash()).isEqualTo(MessageHash.of("Desert Noir", "Dear Camille,\n\nÀ bientôt"));
    }

    @Test
    void an_approval_of_another_text_is_refused() {
        Message m = draft("Dear Camille");
        assertThatThrownBy(() -> asMaison(() ->
                        conversations.recordApproval(m.id(), owner().id(), MessageHash.of("Desert Noir", "Other"))))
                .isInstanceOf(ApprovalRefusedException.class)
                .hasMessageContaining("text changed");
    }

    @Test
    void a_viewer_may_not_approve() {
        Message m = draft("Dear Camille");
        assertThatThrownBy(() -> asMaison(() -> conversations.recordApproval(m.id(), viewer(), m.bodyHash())))
                .isInstanceOf(ApprovalRefusedException.class)
                .hasMessageContaining("VIEWER");
    }

    @Test
    void a_send_claim_is_taken_once_per_key_and_a_dispatched_message_is_never_claimed_again() {
        Message m = draft("Dear Camille");
        asMaison(() -> conversations.recordApproval(m.id(), owner().id(), m.bodyHash()));

        SendClaim first = asMaison(() -> conversations.claimForSend(m.id(), "key-1"));
        SendClaim second = asMaison(() -> conversations.claimForSend(m.id(), "key-1"));
        asMaison(() -> conversations.markSent(m.id(), "sendgrid", "sg-1"));
        SendClaim third = asMaison(() -> conversations.claimForSend(m.id(), "key-1"));

        assertThat(first.state()).isEqualTo(SendClaim.State.CLAIMED);
        assertThat(first.message().status()).isEqualTo(MessageStatus.SENDING);
        assertThat(second.state()).isEqualTo(SendClaim.State.IN_DOUBT);
        assertThat(third.state()).isEqualTo(SendClaim.State.ALREADY_DISPATCHED);
        assertThat(third.message().providerMessageId()).isEqualTo("sg-1");
        assertThat(asMaison(() -> conversations.findByIdempotencyKey("key-1"))
                        .orElseThrow()
                        .id())
                .isEqualTo(m.id());
    }

    @Test
    void an_unapproved_draft_cannot_be_claimed_and_an_edit_voids_the_approval() {
        Message m = draft("Dear Camille");
        assertThatThrownBy(() -> asMaison(() -> conversations.claimForSend(m.id(), "k")))
                .isInstanceOf(ApprovalRefusedException.class);
        asMaison(() -> conversations.recordApproval(m.id(), owner().id(), m.bodyHash()));
        assertThatThrownBy(() -> asMaison(() -> conversations.updateDraftText(m.id(), "Desert Noir", "Changed")))
                .isInstanceOf(ApprovalRefusedException.class);
    }

    @Test
    void a_human_reply_is_its_own_approval_and_a_viewer_cannot_send_one() {
        Message reply = asMaison(() -> conversations.recordHumanReply(new HumanReply(
                contact(),
                Channel.EMAIL,
                "camille@lumiere.test",
                null,
                "Re: Desert Noir",
                "Thank you!",
                owner().id())));
        assertThat(reply.status()).isEqualTo(MessageStatus.APPROVED);
        assertThat(reply.approvedBy()).isEqualTo(owner().id());
        assertThat(reply.approvedAsIs()).isTrue();

        assertThatThrownBy(() -> asMaison(() -> conversations.recordHumanReply(
                        new HumanReply(contact(), Channel.EMAIL, "camille@lumiere.test", null, "Re", "Hi", viewer()))))
                .isInstanceOf(ApprovalRefusedException.class);
    }

    @Test
    void a_sandboxed_message_shows_in_the_outbox_as_not_sent() {
        Message m = draft("Dear Camille, sandbox");
        asMaison(() -> conversations.recordApproval(m.id(), owner().id(), m.bodyHash()));
        asMaison(() -> conversations.claimForSend(m.id(), "sandbox-key"));
        asMaison(() -> conversations.markSandboxed(m.id()));

        Message inOutbox = asMaison(() -> conversations.outbox(100)).stream()
                .filter(x -> x.id().equals(m.id()))
                .findFirst()
                .orElseThrow();
        assertThat(inOutbox.outboxLabel()).isEqualTo("not sent — sandbox");
    }

    @Autowired
    com.fashionos.crm.airun.AiRunService aiRuns;

    @Test
    void a_contacts_pending_ai_drafts_are_listed_for_that_contact_only_until_they_leave_the_draft_stage() {
        UUID runId = UUID.randomUUID();
        asMaison(() -> aiRuns.start(new com.fashionos.crm.airun.NewAiRun(
                runId,
                com.fashionos.crm.airun.AgentNode.CONTENT,
                "NeuralDraft",
                "draft-test-" + runId,
                contact(),
                null,
                null,
                "{}")));
        asMaison(() -> {
            aiRuns.recordProposal(
                    runId, new com.fashionos.crm.airun.Proposal("{}", "[]", "local", "local-template", null, null));
            return null;
        });
        Message m = asMaison(() -> conversations.createDraftMessage(new NewDraft(
                contact(),
                Channel.EMAIL,
                "camille@lumiere.test",
                null,
                "Desert Noir",
                "Dear Camille",
                runId,
                null,
                Map.of())));
        UUID someoneElse = inMaison(() -> jdbc.sql("SELECT id FROM contacts WHERE id <> ? LIMIT 1")
                .param(contact())
                .query(UUID.class)
                .single());

        assertThat(asMaison(() -> conversations.pendingDraftsTo(contact(), 50)))
                .filteredOn(p -> p.messageId().equals(m.id()))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.aiRunId()).isEqualTo(runId);
                    assertThat(p.contactId()).isEqualTo(contact());
                    assertThat(p.body()).isEqualTo("Dear Camille");
                });
        assertThat(asMaison(() -> conversations.pendingDraftsTo(someoneElse, 50)))
                .noneMatch(p -> p.messageId().equals(m.id()));

        asMaison(() -> conversations.recordApproval(m.id(), owner().id(), m.bodyHash()));
        assertThat(asMaison(() -> conversations.pendingDraftsTo(contact(), 50)))
                .noneMatch(p -> p.messageId().equals(m.id()));
    }

    @Test
    void another_brand_sees_none_of_the_messages() {
        Message m = draft("Dear Camille, private");
        assertThat(asNord(() -> conversations.find(m.id()))).isEmpty();
    }
}

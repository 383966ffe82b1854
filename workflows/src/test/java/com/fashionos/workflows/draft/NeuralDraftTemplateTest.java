package com.fashionos.workflows.draft;

import static com.fashionos.workflows.draft.DraftTestSupport.MANAGER;
import static com.fashionos.workflows.draft.DraftTestSupport.awaitStatus;
import static com.fashionos.workflows.draft.DraftTestSupport.contactMessage;
import static com.fashionos.workflows.draft.DraftTestSupport.draftId;
import static com.fashionos.workflows.draft.DraftTestSupport.keepHistory;
import static com.fashionos.workflows.draft.DraftTestSupport.result;
import static com.fashionos.workflows.draft.DraftTestSupport.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.temporal.client.WorkflowUpdateException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Choosing a WhatsApp template (update {@code useTemplate}) with time skipping: the validator refuses what cannot be
 * sent and changes nothing; a chosen template is audited, recorded, and is what approve sends.
 */
class NeuralDraftTemplateTest extends NeuralDraftFixture {

    static final WhatsAppTemplate INVITATION = new WhatsAppTemplate(
            "desert_noir_invitation",
            "HX" + "a".repeat(32),
            "en",
            "Hello {{1}}, Maison Aurelle would be honoured to welcome you to the Desert Noir SS25 show on {{2}}."
                    + " Reply STOP to opt out.",
            List.of("first_name", "show_date"),
            uuid("invitation"),
            "APPROVED");
    static final WhatsAppTemplate PENDING = new WhatsAppTemplate(
            "lookbook_follow_up",
            "HX" + "b".repeat(32),
            "en",
            "Hello {{1}}, the lookbook is ready: {{2}}.",
            List.of("first_name", "lookbook_link"),
            uuid("pending"),
            "PENDING");

    @Override
    FakeDraftActivities newActivities() {
        var fakes = new FakeDraftActivities();
        fakes.whatsappWindowOpen = false;
        fakes.templates = List.of(INVITATION, PENDING);
        return fakes;
    }

    @Test
    void use_template_refuses_a_foreign_an_unapproved_or_an_unfilled_template_and_changes_nothing() {
        NeuralDraftWorkflow draft = start(client, contactMessage(draftId("tpl-refused"), Channel.WHATSAPP, 0));
        DraftState waiting = awaitStatus(draft, DraftStatus.AWAITING_APPROVAL);
        int callsBefore = activities.calls.size();
        Map<String, String> filled = Map.of("1", "Amélie", "2", "12 March");

        assertRefused(
                () -> draft.useTemplate(new TemplateChoice(uuid("another brand's"), filled, MANAGER)),
                "not one of this brand's WhatsApp templates");
        assertRefused(
                () -> draft.useTemplate(new TemplateChoice(PENDING.id(), filled, MANAGER)),
                "is not approved by WhatsApp (status PENDING)");
        assertRefused(
                () -> draft.useTemplate(new TemplateChoice(INVITATION.id(), Map.of("1", "Amélie"), MANAGER)),
                "Fill in show_date");
        assertRefused(
                () -> draft.useTemplate(
                        new TemplateChoice(INVITATION.id(), Map.of("1", "Amélie", "2", "[show date]"), MANAGER)),
                "Fill in show_date");
        assertRefused(() -> draft.useTemplate(new TemplateChoice(null, filled, MANAGER)), "templateId is required");
        assertRefused(() -> draft.useTemplate(new TemplateChoice(INVITATION.id(), filled, null)), "userId");

        assertThat(activities.calls).hasSize(callsBefore);
        assertThat(draft.state()).isEqualTo(waiting);
    }

    @Test
    void an_email_draft_takes_no_template() {
        NeuralDraftWorkflow draft = start(client, contactMessage(draftId("tpl-email"), Channel.EMAIL, 0));
        awaitStatus(draft, DraftStatus.AWAITING_APPROVAL);

        assertRefused(
                () -> draft.useTemplate(
                        new TemplateChoice(INVITATION.id(), Map.of("1", "Amélie", "2", "12 March"), MANAGER)),
                "this draft is an email");
    }

    @Test
    void approve_after_use_template_sends_the_template_with_its_variables() {
        UUID id = draftId("tpl-approve");
        NeuralDraftWorkflow draft = start(client, contactMessage(id, Channel.WHATSAPP, 0));
        DraftState free = awaitStatus(draft, DraftStatus.AWAITING_APPROVAL);
        assertThat(free.proposal().templateSid()).isNull();

        DraftState chosen = draft.useTemplate(
                new TemplateChoice(INVITATION.id(), Map.of("1", " Amélie ", "2", "12 March", "9", "ignored"), MANAGER));

        String rendered = "Hello Amélie, Maison Aurelle would be honoured to welcome you to the Desert Noir SS25 show"
                + " on 12 March. Reply STOP to opt out.";
        assertThat(chosen.version()).isEqualTo(2);
        assertThat(chosen.status()).isEqualTo(DraftStatus.AWAITING_APPROVAL);
        assertThat(chosen.proposal().body()).isEqualTo(rendered);
        assertThat(chosen.proposal().subject()).isNull();
        assertThat(chosen.proposal().templateSid()).isEqualTo(INVITATION.contentSid());
        assertThat(chosen.proposal().templateVariables()).isEqualTo(Map.of("1", "Amélie", "2", "12 March"));
        assertThat(chosen.textHash()).isEqualTo(MessageHash.of(null, rendered));
        assertThat(activities.audited.getLast().body())
                .as("the Guardian audits the rendered text")
                .isEqualTo(rendered);
        assertThat(activities.recorded.getLast()).satisfies(record -> {
            assertThat(record.origin()).isEqualTo(VersionOrigin.TEMPLATE);
            assertThat(record.version()).isEqualTo(2);
            assertThat(record.requestedBy()).isEqualTo(MANAGER);
            assertThat(record.proposal().templateSid()).isEqualTo(INVITATION.contentSid());
            assertThat(record.textHash()).isEqualTo(chosen.textHash());
        });
        assertRefused(
                () -> draft.useTemplate(
                        new TemplateChoice(INVITATION.id(), Map.of("1", "Amélie", "2", "12 March"), MANAGER)),
                "already uses template");
        assertRefused(() -> draft.edit(new EditRequest(null, "Free text again", MANAGER)), "cannot be edited");

        DraftState sent = draft.approve(new ApproveRequest(MANAGER, chosen.textHash()));

        assertThat(sent.status()).isEqualTo(DraftStatus.SENT);
        assertThat(activities.sends).singleElement().satisfies(send -> {
            assertThat(send.hash()).isEqualTo(chosen.textHash());
            assertThat(send.idempotencyKey()).isEqualTo("draft-" + id + "-v2");
        });
        assertThat(activities.calls)
                .containsSubsequence(
                        "recordProposal", "audit", "recordProposal", "checkApproval", "send", "recordSent");
        assertThat(result(draft).status()).isEqualTo(DraftStatus.SENT);
        keepHistory(client, draft, "use-template-then-approve");
    }

    @Test
    void a_template_with_a_gap_cannot_be_approved() {
        activities.templates = List.of(INVITATION);
        UUID id = draftId("tpl-gap");
        // A resumed version that the Content agent filled with a visible gap for the show date.
        DraftProposal withGap = new DraftProposal(
                Channel.WHATSAPP,
                null,
                INVITATION.render(Map.of("1", "Amélie", "2", "[show date]")),
                "en",
                "template",
                List.of(),
                "local",
                "whatsapp-template-v1",
                0,
                0,
                INVITATION.contentSid(),
                Map.of("1", "Amélie", "2", "[show date]"));
        NeuralDraftWorkflow draft =
                start(client, contactMessage(id, Channel.WHATSAPP, 0).resumingFrom(resumePoint(id, withGap)));
        DraftState waiting = awaitStatus(draft, DraftStatus.AWAITING_APPROVAL);

        assertRefused(() -> draft.approve(new ApproveRequest(MANAGER, waiting.textHash())), "variable to fill in");
        assertThat(activities.sends).isEmpty();

        DraftState filled =
                draft.useTemplate(new TemplateChoice(INVITATION.id(), Map.of("1", "Amélie", "2", "12 March"), MANAGER));
        assertThat(draft.approve(new ApproveRequest(MANAGER, filled.textHash())).status())
                .isEqualTo(DraftStatus.SENT);
    }

    @Test
    void a_resumed_whatsapp_draft_reloads_the_templates_it_may_use() {
        UUID id = draftId("tpl-resume");
        DraftProposal free = new DraftProposal(
                Channel.WHATSAPP, null, "Ciao Amélie!", "en", "restored", List.of(), "local", "local", 0, 0);
        NeuralDraftWorkflow draft =
                start(client, contactMessage(id, Channel.WHATSAPP, 0).resumingFrom(resumePoint(id, free)));

        DraftState waiting = awaitStatus(draft, DraftStatus.AWAITING_APPROVAL);
        assertThat(waiting.steps()).extracting(StepRecord::step).containsExactly("resume", "gather-context");
        assertThat(activities.calls).containsExactly("gatherContext");

        DraftState chosen =
                draft.useTemplate(new TemplateChoice(INVITATION.id(), Map.of("1", "Amélie", "2", "12 March"), MANAGER));

        assertThat(chosen.version()).isEqualTo(3);
        assertThat(chosen.proposal().templateSid()).isEqualTo(INVITATION.contentSid());
        keepHistory(client, draft, null);
    }

    private ResumePoint resumePoint(UUID id, DraftProposal stored) {
        return new ResumePoint(
                2,
                stored,
                new GuardianAudit(true, 80, List.of(), "2.1"),
                List.of(),
                id,
                FakeDraftActivities.messageIdOf(id),
                env.currentTimeMillis() + Duration.ofDays(3).toMillis());
    }

    private static void assertRefused(ThrowingCallable decision, String why) {
        assertThatThrownBy(decision)
                .isInstanceOf(WorkflowUpdateException.class)
                .hasStackTraceContaining(why)
                .satisfies(thrown -> assertThat(DraftFailures.typeOf(thrown)).isEqualTo(DraftFailures.INVALID_INPUT));
    }

    private static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}

package com.fashionos.ui.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.crm.conversation.Message;
import com.fashionos.crm.conversation.MessageStatus;
import com.fashionos.crm.playbook.PlaybookService;
import com.fashionos.crm.playbook.WhatsAppTemplate;
import com.fashionos.workflows.draft.Channel;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A WhatsApp draft to a contact whose 24-hour window is closed: the panel says so, offers the brand's templates with
 * their variables pre-filled from the CRM and a preview, keeps Approve &amp; Send disabled until an approved template
 * is chosen with every variable filled, and then sends exactly that template.
 */
@DraftAppTest
class DraftTemplatePanelTest extends DraftPanelBrowserlessTest {

    @Autowired
    PlaybookService playbooks;

    @Test
    void outside_the_window_the_panel_offers_the_templates_and_approves_only_a_chosen_one() {
        fixtures.asMaison(() -> playbooks.saveTemplate(
                "atelier_visit_pending",
                "HX" + "d".repeat(32),
                "en",
                "Hello {{1}}, visit the atelier?",
                List.of("first_name"),
                "PENDING"));
        UUID contactId = fixtures.newWhatsappContact("Camille Rousseau");
        fixtures.signIn(DraftFixtures.OWNER);
        DraftPanel panel = panels.forContact(contactId);
        UI.getCurrent().add(panel);
        assertThat(panel.channel.getValue()).isEqualTo(Channel.WHATSAPP);

        test(panel.draftButton).click();
        awaitStatus(panel, "Awaiting approval");

        assertThat(panel.whatsappNote.getElement().getTextRecursively())
                .contains("Outside the 24-hour WhatsApp window");
        assertThat(panel.templatePicker.isVisible()).isTrue();
        // The agent drafted from a template with a value the CRM does not know (a link): it cannot be approved yet.
        assertThat(panel.approve.isEnabled()).isFalse();
        List<WhatsAppTemplate> offered =
                panel.templateSelect.getListDataView().getItems().toList();
        assertThat(offered)
                .extracting(WhatsAppTemplate::name)
                .contains("desert_noir_invitation", "lookbook_follow_up", "atelier_visit_pending");
        WhatsAppTemplate pending = offered.stream()
                .filter(t -> t.name().equals("atelier_visit_pending"))
                .findFirst()
                .orElseThrow();
        assertThat(panel.templateSelect.getItemEnabledProvider().test(pending)).isFalse();
        assertThat(DraftPanel.templateLabel(pending)).endsWith("pending, cannot be sent");

        WhatsAppTemplate invitation = offered.stream()
                .filter(t -> t.name().equals("desert_noir_invitation"))
                .findFirst()
                .orElseThrow();
        test(panel.templateSelect).selectItem(DraftPanel.templateLabel(invitation));

        assertThat(panel.variableFields).containsOnlyKeys("1", "2");
        assertThat(panel.variableFields.get("1").getLabel()).isEqualTo("first name");
        assertThat(panel.variableFields.get("1").getValue()).isEqualTo("Camille");
        assertThat(panel.variableFields.get("2").getValue()).isEmpty();
        assertThat(panel.useTemplate.isEnabled()).isFalse();
        assertThat(panel.templatePreview.getText()).startsWith("Hello Camille,").contains("{{2}}");

        test(panel.variableFields.get("2")).setValue("12 March");
        String rendered = "Hello Camille, Maison Aurelle would be honoured to welcome you to the Desert Noir SS25"
                + " show on 12 March. May we reserve your seat? Reply STOP to opt out.";
        assertThat(panel.templatePreview.getText()).isEqualTo(rendered);
        assertThat(panel.useTemplate.isEnabled()).isTrue();

        test(panel.useTemplate).click();

        assertThat(panel.meta.getText()).contains("WhatsApp", "version 2", "template chosen by hand");
        assertThat(panel.body.getText()).isEqualTo(rendered);
        assertThat(panel.approve.isEnabled()).isTrue();

        test(panel.approve).click();

        assertThat(panel.status.getText()).isEqualTo("Not sent — sandbox");
        List<Message> outbox = drafts.outbox(fixtures.maison());
        assertThat(outbox).anySatisfy(m -> {
            assertThat(m.contactId()).isEqualTo(contactId);
            assertThat(m.body()).isEqualTo(rendered);
            assertThat(m.templateSid()).isEqualTo(invitation.contentSid());
            assertThat(m.templateVariables()).isEqualTo(Map.of("1", "Camille", "2", "12 March"));
            assertThat(m.status()).isEqualTo(MessageStatus.SANDBOXED);
            assertThat(m.approvedBy())
                    .isEqualTo(fixtures.user(DraftFixtures.OWNER).id());
        });
    }
}

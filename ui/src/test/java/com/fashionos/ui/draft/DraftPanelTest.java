package com.fashionos.ui.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.crm.activity.ActivityService;
import com.fashionos.crm.activity.TimelineEntry;
import com.fashionos.crm.common.Page;
import com.fashionos.crm.conversation.Message;
import com.fashionos.crm.conversation.MessageStatus;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The draft panel without a browser, against the real app: draft the Lumière pitch, improve it, edit it, approve and
 * send it to the sandbox, and find the sent text on the deal's timeline; a viewer sees the draft but no Approve.
 */
@DraftAppTest
class DraftPanelTest extends DraftPanelBrowserlessTest {

    @Autowired
    ActivityService activities;

    @Test
    void draft_improve_edit_approve_and_send_to_the_sandbox() {
        fixtures.signIn(DraftFixtures.OWNER);
        UUID dealId = fixtures.lumiereWithPrimaryContact();
        DraftPanel panel = panels.forDeal(dealId);
        UI.getCurrent().add(panel);
        assertThat(panel.mayStart())
                .as("the deal has a primary contact to write to")
                .isTrue();
        assertThat(panel.draftButton.getParent().orElseThrow().isVisible()).isTrue();

        test(panel.draftButton).click();
        awaitStatus(panel, "Awaiting approval");

        assertThat(panel.meta.getText()).contains("Email", "version 1", "local model");
        assertThat(panel.subject.getText()).isNotBlank();
        assertThat(panel.body.getText()).isNotBlank();
        assertThat(panel.audit.getElement().getTextRecursively()).contains("Score", "/100", "Maison DNA v");
        List<String> sources =
                panel.sources.getChildren().map(c -> ((ListItem) c).getText()).toList();
        assertThat(sources).isNotEmpty().allMatch(s -> s.contains(" › "));
        assertThat(panel.steps.getElement().getTextRecursively())
                .contains("Gathering context ✓", "Retrieving playbooks ✓", "Drafting ✓", "Guardian audit ✓");
        assertThat(panel.approve.isVisible()).isTrue();

        test(panel.instructions).setValue("shorter, mention the Milan show");
        test(panel.improve).click();
        assertThat(panel.meta.getText()).contains("version 2");
        assertThat(panel.status.getText()).isEqualTo("Awaiting approval");

        test(panel.edit).click();
        String edited = panel.editBody.getValue() + "\n\nWith warm regards from the atelier.";
        test(panel.editBody).setValue(edited);
        test(panel.saveEdit).click();
        assertThat(panel.meta.getText()).contains("version 3", "edited by hand");
        assertThat(panel.body.getText()).isEqualTo(edited);

        test(panel.approve).click();
        assertThat(panel.status.getText()).isEqualTo("Not sent — sandbox");
        assertThat(panel.delivery.getText()).startsWith("Not sent — sandbox");

        List<TimelineEntry> timeline = fixtures.asMaison(() -> activities.forDeal(dealId, Page.first(20)));
        assertThat(timeline).anySatisfy(entry -> {
            assertThat(entry.subject()).startsWith("Not sent — sandbox");
            assertThat(entry.content()).isEqualTo(edited);
        });
        List<Message> outbox = drafts.outbox(fixtures.maison());
        assertThat(outbox).anySatisfy(m -> {
            assertThat(m.body()).isEqualTo(edited);
            assertThat(m.status()).isEqualTo(MessageStatus.SANDBOXED);
            assertThat(m.outboxLabel()).isEqualTo("not sent — sandbox");
        });
    }

    @Test
    void a_viewer_sees_the_draft_but_no_approve() {
        UUID dealId = fixtures.newLeadDeal("Viewer panel deal");
        DraftHandle handle = drafts.startForDeal(
                fixtures.owner(), dealId, com.fashionos.workflows.draft.Channel.EMAIL, "DEAL_BUTTON");
        fixtures.awaitApproval(handle.workflowId());

        fixtures.signIn(DraftFixtures.VIEWER);
        DraftPanel panel = panels.forDeal(dealId);
        UI.getCurrent().add(panel);
        awaitStatus(panel, "Awaiting approval");

        assertThat(panel.body.getText()).isNotBlank();
        assertThat(panel.approve.isVisible()).isFalse();
        assertThat(panel.draftButton.getParent().orElseThrow().isVisible()).isFalse();
        assertThat(panel.actions.isVisible()).isFalse();
        assertThat(panel.composer.isVisible()).isFalse();
        assertThat(new DraftMessageButton(panel).isVisible()).isFalse();
    }
}

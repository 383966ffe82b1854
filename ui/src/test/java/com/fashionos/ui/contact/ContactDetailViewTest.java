package com.fashionos.ui.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.crm.activity.ActivityService;
import com.fashionos.crm.activity.ActivityType;
import com.fashionos.crm.activity.TimelineEntry;
import com.fashionos.crm.common.Page;
import com.fashionos.ui.activity.LogActivityDialog;
import com.fashionos.ui.activity.SeededViewTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ContactDetailViewTest extends SeededViewTest {

    @Autowired
    ActivityService activities;

    /** A demo contact with some history. */
    private UUID contactWithHistory() {
        return asMaison(() -> activities.recent(100).stream()
                .filter(e -> e.contactId() != null && e.type() != ActivityType.STAGE_CHANGE)
                .map(TimelineEntry::contactId)
                .findFirst()
                .orElseThrow());
    }

    @Test
    void tabs_show_overview_timeline_deals_and_related_contacts() {
        UUID id = contactWithHistory();
        ContactDetailView view = navigate("crm/contacts/" + id, ContactDetailView.class);

        assertThat(view.currentTabs).isNotNull();
        assertThat(view.overviewTab.getLabel()).isEqualTo("Overview");
        assertThat(view.timelineTab.getLabel()).isEqualTo("Activity Timeline");
        assertThat(view.dealsTab.getLabel()).isEqualTo("Deals");
        assertThat(view.relatedTab.getLabel()).isEqualTo("Related Contacts");

        var seeded = asMaison(() -> activities.forContact(id, Page.first(20)));
        assertThat(seeded).isNotEmpty();
        assertThat(view.timeline.entries())
                .extracting(TimelineEntry::id)
                .containsExactlyElementsOf(
                        seeded.stream().map(TimelineEntry::id).toList());
        assertThat(view.relatedRef).isNotNull();
    }

    @Test
    void logging_a_call_adds_it_to_the_timeline() {
        UUID id = contactWithHistory();
        ContactDetailView view = navigate("crm/contacts/" + id, ContactDetailView.class);
        int before = view.timeline.entries().size();

        view.currentTabs.setSelectedTab(view.timelineTab);
        test(view.logActivity).click();
        LogActivityDialog dialog = $(LogActivityDialog.class).single();
        assertThat(dialog.type.getValue()).isEqualTo(ActivityType.CALL);
        test(dialog.save).click();
        assertThat(dialog.content.isInvalid()).as("content is required").isTrue();

        test(dialog.subject).setValue("Desert Noir sponsorship call");
        test(dialog.content).setValue("Agreed to send the SS25 lookbook by Friday.");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        TimelineEntry newest = view.timeline.entries().getFirst();
        assertThat(newest.type()).isEqualTo(ActivityType.CALL);
        assertThat(newest.subject()).isEqualTo("Desert Noir sponsorship call");
        assertThat(newest.content()).isEqualTo("Agreed to send the SS25 lookbook by Friday.");
        assertThat(newest.authorName()).isEqualTo("Margaux Delacroix");
        assertThat(view.timeline.entries().size()).isGreaterThanOrEqualTo(Math.min(before + 1, 20));
        assertThat(notifications()).anySatisfy(t -> assertThat(t).contains("Call logged"));
    }

    @Test
    void a_task_with_a_due_date_can_be_added_and_completed() {
        UUID id = contactWithHistory();
        ContactDetailView view = navigate("crm/contacts/" + id, ContactDetailView.class);
        roundTrip(); // the tab sheet attaches the selected tab's content before the response
        assertThat(view.tasks.isAttached()).isTrue();
        test(view.tasks.add).click();
        var dialog = $(com.vaadin.flow.component.dialog.Dialog.class).all().stream()
                .filter(d -> d.isOpened() && "New task".equals(d.getHeaderTitle()))
                .findFirst()
                .orElseThrow();
        var title = find(com.vaadin.flow.component.textfield.TextField.class, dialog).all().stream()
                .filter(f -> "Task".equals(f.getLabel()))
                .findFirst()
                .orElseThrow();
        test(title).setValue("Send the lookbook");
        var add = find(com.vaadin.flow.component.button.Button.class, dialog).all().stream()
                .filter(b -> "Add task".equals(b.getText()))
                .findFirst()
                .orElseThrow();
        test(add).click();

        var box = find(com.vaadin.flow.component.checkbox.Checkbox.class, view.tasks).all().stream()
                .filter(c -> "Send the lookbook".equals(c.getLabel()))
                .findFirst()
                .orElseThrow();
        test(box).click();
        assertThat(find(com.vaadin.flow.component.checkbox.Checkbox.class, view.tasks)
                        .all())
                .noneMatch(c -> "Send the lookbook".equals(c.getLabel()));
        assertThat(view.timeline.entries()).anySatisfy(e -> {
            assertThat(e.subject()).isEqualTo("Send the lookbook");
            assertThat(e.completedAt()).isNotNull();
        });
    }

    @Test
    void viewer_sees_no_edit_log_or_delete() {
        signIn(VIEWER);
        UUID id = contactWithHistory();
        ContactDetailView view = navigate("crm/contacts/" + id, ContactDetailView.class);
        assertThat(view.edit.isVisible()).isFalse();
        assertThat(view.logActivity.isVisible()).isFalse();
        assertThat(view.delete.isVisible()).isFalse();
        assertThat(view.tasks.add.isVisible()).isFalse();
    }
}

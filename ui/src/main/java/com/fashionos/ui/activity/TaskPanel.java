package com.fashionos.ui.activity;

import com.fashionos.crm.activity.ActivityService;
import com.fashionos.crm.activity.ActivityType;
import com.fashionos.crm.activity.TaskLinks;
import com.fashionos.crm.activity.TimelineEntry;
import com.fashionos.crm.common.ValidationException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The open tasks of a contact, an account or a deal, with due dates (overdue ones marked) and a checkbox to
 * complete each; AGENT+ can add a task.
 */
public class TaskPanel extends Div {

    private final ActivityService activities;
    private final ActivityBroadcaster broadcaster;
    private final Display display;
    private final UUID brandId;
    private final TaskLinks links;
    private final Supplier<List<TimelineEntry>> source;
    private final boolean canEdit;
    private final Runnable onChange;
    private final Div list = new Div();
    public final Button add = new Button("Add task", VaadinIcon.PLUS.create());

    /**
     * @param source the timeline entries of the record (tasks are picked from them)
     * @param onChange called after a task was added or completed (to refresh the timeline)
     */
    public TaskPanel(
            ActivityService activities,
            ActivityBroadcaster broadcaster,
            Display display,
            UUID brandId,
            TaskLinks links,
            Supplier<List<TimelineEntry>> source,
            boolean canEdit,
            Runnable onChange) {
        this.activities = activities;
        this.broadcaster = broadcaster;
        this.display = display;
        this.brandId = brandId;
        this.links = links;
        this.source = source;
        this.canEdit = canEdit;
        this.onChange = onChange;
        addClassName("fos-tasks");
        var title = new H3("Tasks");
        title.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE);
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add.setVisible(canEdit);
        add.addClickListener(e -> openNewTask());
        var header = new Div(title, add);
        header.addClassNames(
                LumoUtility.Display.FLEX, LumoUtility.JustifyContent.BETWEEN, LumoUtility.AlignItems.CENTER);
        list.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        add(header, list);
        refresh();
    }

    /** Reloads the open tasks. */
    public final void refresh() {
        list.removeAll();
        var open = source.get().stream()
                .filter(e -> e.type() == ActivityType.TASK && e.completedAt() == null)
                .sorted(Comparator.comparing(
                        TimelineEntry::dueAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder())))
                .toList();
        if (open.isEmpty()) {
            var none = new Paragraph(canEdit ? "No open tasks. Add one to plan the next step." : "No open tasks.");
            none.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
            list.add(none);
        }
        open.forEach(task -> list.add(row(task)));
    }

    /** Opens the new-task dialog. */
    public void openNewTask() {
        new NewTaskDialog().open();
    }

    private Component row(TimelineEntry task) {
        var done = new Checkbox(task.subject() == null ? "Task" : task.subject());
        done.setReadOnly(!canEdit);
        done.setAriaLabel("Complete task " + task.subject());
        done.addValueChangeListener(e -> {
            if (e.getValue() && activities.completeTask(task.id())) {
                broadcaster.announce(brandId);
                Toasts.success("Task done: " + task.subject());
                onChange.run();
                refresh();
            }
        });
        var row = new Div(done);
        row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.BASELINE, LumoUtility.Gap.SMALL);
        if (task.dueAt() != null) {
            boolean overdue = task.dueAt().isBefore(Instant.now());
            var due = new Span((overdue ? "overdue · " : "due ") + display.when(task.dueAt()));
            due.addClassNames(LumoUtility.FontSize.XSMALL);
            due.getElement().getThemeList().add(overdue ? "badge error small" : "badge contrast small");
            row.add(due);
        }
        return row;
    }

    /** Title and due date of a new task. */
    final class NewTaskDialog extends Dialog {

        final TextField title = new TextField("Task");
        final DateTimePicker due = new DateTimePicker("Due");
        final Button save = new Button("Add task");

        NewTaskDialog() {
            setHeaderTitle("New task");
            setWidth("28rem");
            title.setPlaceholder("e.g. Send the SS25 lookbook");
            title.setMaxLength(200);
            var binder = new Binder<Holder>();
            binder.forField(title).asRequired("A task needs a title").bind(h -> h.title, (h, v) -> h.title = v);
            binder.forField(due)
                    .withValidator(
                            v -> v == null || v.isAfter(display.now().minusDays(1)), "The due date is in the past")
                    .bind(h -> h.due, (h, v) -> h.due = v);
            var holder = new Holder();
            holder.due = display.now().plusDays(2).withHour(10).withMinute(0);
            binder.readBean(holder);
            add(new FormLayout(title, due));
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.addClickListener(e -> {
                var h = new Holder();
                if (!binder.writeBeanIfValid(h)) {
                    return;
                }
                try {
                    activities.createTask(h.title, h.due == null ? null : display.toInstant(h.due), null, links);
                } catch (ValidationException ex) {
                    title.setInvalid(true);
                    title.setErrorMessage(ex.getMessage());
                    return;
                }
                close();
                broadcaster.announce(brandId);
                Toasts.success("Task added");
                onChange.run();
                refresh();
            });
            getFooter().add(new Button("Cancel", e -> close()), save);
            addOpenedChangeListener(e -> {
                if (e.isOpened()) {
                    title.focus();
                }
            });
        }
    }

    static final class Holder {
        @Nullable
        String title;

        @Nullable
        LocalDateTime due;
    }
}

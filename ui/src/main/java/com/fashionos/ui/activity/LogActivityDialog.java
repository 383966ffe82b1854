package com.fashionos.ui.activity;

import com.fashionos.crm.activity.ActivityService;
import com.fashionos.crm.activity.ActivityType;
import com.fashionos.crm.activity.LogActivity;
import com.fashionos.crm.common.ValidationException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Logs a call, note, meeting, email or WhatsApp by hand on a contact, an account or a deal. The activity lands on
 * the timeline, moves the contact's "last active" and is announced to the live feeds.
 */
public class LogActivityDialog extends Dialog {

    /** The form's state. */
    static final class Entry {
        ActivityType type = ActivityType.CALL;

        @Nullable
        String subject;

        @Nullable
        String content;

        @Nullable
        LocalDateTime occurredAt;
    }

    public final Select<ActivityType> type = new Select<>();
    public final TextField subject = new TextField("Subject");
    public final TextArea content = new TextArea("What happened");
    public final DateTimePicker occurredAt = new DateTimePicker("When");
    public final Button save = new Button("Log activity");

    private final Binder<Entry> binder = new Binder<>();

    public LogActivityDialog(
            ActivityService activities,
            ActivityBroadcaster broadcaster,
            Display display,
            UUID brandId,
            @Nullable UUID contactId,
            @Nullable UUID accountId,
            @Nullable UUID dealId,
            ActivityType initial,
            Runnable onLogged) {
        setHeaderTitle("Log an activity");
        setWidth("32rem");
        type.setLabel("Type");
        type.setItems(Arrays.stream(ActivityType.values())
                .filter(ActivityType::manual)
                .filter(t -> t != ActivityType.TASK)
                .toList());
        type.setItemLabelGenerator(ActivityType::label);
        subject.setPlaceholder("e.g. Follow-up on SS25 sponsorship");
        subject.setMaxLength(200);
        content.setMinHeight("8rem");
        content.setMaxLength(10000);
        occurredAt.setMax(display.now().plusMinutes(1));
        occurredAt.setStep(java.time.Duration.ofMinutes(15));

        binder.forField(type)
                .asRequired("Choose what kind of activity this was")
                .bind(e -> e.type, (e, v) -> e.type = v);
        binder.forField(subject).bind(e -> e.subject, (e, v) -> e.subject = v);
        binder.forField(content)
                .asRequired("Write down what happened")
                .withValidator(v -> v.strip().length() >= 2, "Write down what happened")
                .bind(e -> e.content, (e, v) -> e.content = v);
        binder.forField(occurredAt)
                .asRequired("When did it happen?")
                .withValidator(v -> !v.isAfter(display.now().plusMinutes(1)), "An activity cannot be in the future")
                .bind(e -> e.occurredAt, (e, v) -> e.occurredAt = v);
        var entry = new Entry();
        entry.type = initial.manual() && initial != ActivityType.TASK ? initial : ActivityType.CALL;
        entry.occurredAt = display.now();
        LocalDateTime suggested = entry.occurredAt;
        binder.readBean(entry);

        var form = new FormLayout(type, occurredAt, subject, content);
        form.setColspan(subject, 2);
        form.setColspan(content, 2);
        add(form);

        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER, com.vaadin.flow.component.KeyModifier.CONTROL);
        save.addClickListener(e -> {
            var bean = new Entry();
            if (!binder.writeBeanIfValid(bean)) {
                return;
            }
            try {
                activities.log(new LogActivity(
                        bean.type,
                        contactId,
                        accountId,
                        dealId,
                        blankToNull(bean.subject),
                        bean.content == null ? "" : bean.content.strip(),
                        Map.of(),
                        // the suggested time is "now" to the minute: log it at the exact moment instead
                        bean.occurredAt == null || bean.occurredAt.equals(suggested)
                                ? null
                                : display.toInstant(bean.occurredAt),
                        null));
            } catch (ValidationException ex) {
                content.setInvalid(true);
                content.setErrorMessage(ex.getMessage());
                return;
            }
            close();
            broadcaster.announce(brandId);
            Toasts.success(bean.type.label() + " logged");
            onLogged.run();
        });
        var cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                content.focus();
            }
        });
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

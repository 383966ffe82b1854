package com.fashionos.ui.activity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Toast confirmations and errors, the same everywhere: bottom end, short, with an optional action. */
public final class Toasts {

    private Toasts() {}

    /** A success toast. */
    public static Notification success(String text) {
        var n = Notification.show(text, 3500, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.SUCCESS);
        return n;
    }

    /** An error toast that stays until closed or acted on, with an action button (e.g. "Fill it in"). */
    public static Notification problem(String text, String actionText, Runnable action) {
        var notification = new Notification();
        notification.addThemeVariants(NotificationVariant.ERROR);
        notification.setPosition(Notification.Position.BOTTOM_END);
        notification.setDuration(10000);
        var message = new Span(text);
        message.addClassName("fos-toast-text");
        // Inline, as the card's content may sit where the global stylesheet does not reach: the sentence keeps a
        // readable width and the buttons wrap below it rather than squeezing it to a word per line.
        message.getStyle().set("flex", "1 1 16rem").set("min-width", "12rem");
        var act = new Button(actionText, e -> {
            notification.close();
            action.run();
        });
        act.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LUMO_SMALL);
        act.addClassName("fos-toast-action");
        var close = new Button("Dismiss", e -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        var row = new Div(message, act, close);
        row.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("gap", "0.75rem")
                .set("align-items", "center")
                .set("max-width", "28rem");
        notification.add(row);
        notification.open();
        return notification;
    }

    /** A plain error toast. */
    public static Notification error(String text) {
        var n = Notification.show(text, 6000, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.ERROR);
        return n;
    }

    /**
     * Confirms the soft delete of {@code name} with an "Undo" button for a few seconds: undoing runs {@code restore},
     * says so and runs {@code reopen} (back to the record's page).
     */
    public static Notification deleted(String name, Runnable restore, Runnable reopen) {
        return withUndo(name + " deleted", () -> {
            restore.run();
            success(name + " restored");
            reopen.run();
        });
    }

    /** A toast confirming a soft delete, with an "Undo" button for a few seconds. */
    public static Notification withUndo(String text, Runnable undo) {
        var notification = new Notification();
        notification.setPosition(Notification.Position.BOTTOM_END);
        notification.setDuration(8000);
        var undoButton = new Button("Undo", e -> {
            notification.close();
            undo.run();
        });
        undoButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        var row = new Div(new Span(text), undoButton);
        row.getStyle().set("display", "flex").set("gap", "0.75rem").set("align-items", "center");
        notification.add(row);
        notification.open();
        return notification;
    }
}

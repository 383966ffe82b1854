package com.fashionos.ui.draft;

import com.fashionos.workflows.draft.Channel;
import com.fashionos.workflows.draft.ReplyState;
import com.fashionos.workflows.draft.ReplyStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message written by hand to the contact. The click on Send is its approval: a {@code HumanReplyWorkflow} records
 * the text as approved by the sender with its exact hash (the same gate as an AI draft), sends it through the
 * channel's idempotent outbox and writes it to the timeline, while the composer shows its progress and result. WhatsApp
 * outside the 24-hour window cannot take free text: the composer then says so and leaves it to "Draft message",
 * which uses an approved template.
 */
public final class InlineComposer extends Div {

    private final DraftService drafts;
    private final DraftActor actor;
    private final @Nullable UUID contactId;
    private final @Nullable UUID dealId;
    private Channel channel = Channel.EMAIL;
    private boolean whatsappWindowOpen = true;

    final TextField subject = new TextField();
    final TextArea text = new TextArea();
    final Button send = new Button("Send");
    final Span result = new Span();
    final ProgressBar progress = new ProgressBar();
    private volatile @Nullable ReplyHandle pending;
    private volatile @Nullable ReplyState lastReply;
    final Span closedWindow =
            new Span("Outside the 24-hour WhatsApp window only approved templates may be sent: use \"Draft message\".");

    private final Runnable sentListener;

    InlineComposer(
            DraftService drafts,
            DraftActor actor,
            @Nullable UUID contactId,
            @Nullable UUID dealId,
            Runnable sentListener) {
        this.drafts = drafts;
        this.sentListener = sentListener;
        this.actor = actor;
        this.contactId = contactId;
        this.dealId = dealId;
        addClassName("fos-composer");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        subject.setPlaceholder("Subject");
        subject.setAriaLabel("Subject");
        subject.setWidthFull();
        text.setPlaceholder("Write a reply…");
        text.setAriaLabel("Message");
        text.setWidthFull();
        text.setMinHeight("6em");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickListener(e -> send());
        result.addClassName("fos-composer-result");
        closedWindow
                .getStyle()
                .set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        closedWindow.setVisible(false);
        progress.setIndeterminate(true);
        progress.setVisible(false);
        add(subject, text, closedWindow, new Div(send), progress, result);
        setVisible(actor.mayApprove() && contactId != null);
    }

    void setChannel(Channel channel) {
        this.channel = channel;
        subject.setVisible(channel == Channel.EMAIL);
        update();
    }

    void setWhatsappWindowOpen(boolean open) {
        this.whatsappWindowOpen = open;
        update();
    }

    private void update() {
        boolean blocked = channel == Channel.WHATSAPP && !whatsappWindowOpen;
        closedWindow.setVisible(blocked);
        send.setEnabled(!blocked && pending == null);
    }

    void send() {
        if (contactId == null || pending != null) {
            return;
        }
        ReplyHandle handle;
        try {
            handle = drafts.sendReply(actor, contactId, dealId, channel, subject.getValue(), text.getValue());
        } catch (DraftException e) {
            result.setText(e.getMessage());
            Notification.show(e.getMessage(), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.ERROR);
            return;
        }
        pending = handle;
        send.setEnabled(false);
        progress.setVisible(true);
        result.setText("Sending… (approved by you, exactly this text)");
        getUI().ifPresent(ui -> handle.result().whenComplete((state, failure) -> ui.access(this::checkProgress)));
    }

    /**
     * Shows the outcome of the reply on its way, once its workflow has ended (the push does this on its own; tests
     * call it directly). Returns whether a reply is still on its way.
     */
    boolean checkProgress() {
        ReplyHandle handle = pending;
        if (handle == null) {
            return false;
        }
        if (!handle.result().isDone()) {
            return true;
        }
        pending = null;
        progress.setVisible(false);
        update();
        ReplyState state;
        try {
            state = handle.result().join();
        } catch (RuntimeException e) {
            String why = "Not sent: the send did not finish (" + DraftService.rootMessage(e) + ")";
            result.setText(why);
            Notification.show(why, 6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.ERROR);
            return false;
        }
        lastReply = state;
        if (state.status() == ReplyStatus.SENT || state.status() == ReplyStatus.SANDBOXED) {
            String label = state.status() == ReplyStatus.SENT ? "Sent" : "Not sent — sandbox";
            result.setText(label);
            Notification.show(label + ": your message is on the timeline", 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            subject.clear();
            text.clear();
            sentListener.run();
        } else {
            String why = "Not sent: " + (state.error() == null ? state.status().name() : state.error());
            result.setText(why);
            Notification.show(why, 6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.ERROR);
        }
        return false;
    }

    /** The reply on its way, if any. */
    @Nullable
    ReplyHandle pending() {
        return pending;
    }

    /** The final state of the last reply sent from here, if any. */
    @Nullable
    ReplyState lastReply() {
        return lastReply;
    }
}

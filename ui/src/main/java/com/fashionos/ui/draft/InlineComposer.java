package com.fashionos.ui.draft;

import com.fashionos.crm.conversation.Message;
import com.fashionos.crm.conversation.MessageStatus;
import com.fashionos.workflows.draft.Channel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message written by hand to the contact. The click on Send is its approval: the text is recorded as approved by
 * the sender with its exact hash (the same gate as an AI draft) and sent through the channel's outbox. WhatsApp
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
        add(subject, text, closedWindow, new Div(send), result);
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
        send.setEnabled(!blocked);
    }

    void send() {
        if (contactId == null) {
            return;
        }
        try {
            Message sent = drafts.sendReply(actor, contactId, dealId, channel, subject.getValue(), text.getValue());
            String label = sent.status() == MessageStatus.SANDBOXED ? "Not sent — sandbox" : sent.outboxLabel();
            if (sent.status() == MessageStatus.SENT) {
                label = "Sent";
            }
            result.setText(label);
            Notification.show(label + ": your message is on the timeline", 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            subject.clear();
            text.clear();
            sentListener.run();
        } catch (DraftException e) {
            result.setText(e.getMessage());
            Notification.show(e.getMessage(), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.ERROR);
        }
    }
}

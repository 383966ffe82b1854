package com.fashionos.ui.conversation;

import com.fashionos.crm.conversation.ConversationThreads;
import com.fashionos.ui.activity.ActivityBroadcaster;
import com.fashionos.ui.security.CurrentUser;
import com.fashionos.ui.security.TenantAccess;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Scope;

/**
 * The sidebar's comms pulse: how many email and WhatsApp threads have unread messages, linking to the thread hub.
 * Refreshes through server push when the brand's timeline changes.
 */
@SpringComponent
@Scope("prototype")
public class CommsPulse extends Div {

    private final ConversationThreads threads;
    private final ActivityBroadcaster broadcaster;
    private final CurrentUser currentUser;
    final Span email = new Span();
    final Span whatsapp = new Span();
    private @Nullable Registration registration;

    CommsPulse(ConversationThreads threads, ActivityBroadcaster broadcaster, CurrentUser currentUser) {
        this.threads = threads;
        this.broadcaster = broadcaster;
        this.currentUser = currentUser;
        addClassName("fos-comms-pulse");
        add(row(VaadinIcon.ENVELOPE_O, "Email", email), row(VaadinIcon.COMMENT_ELLIPSIS_O, "WhatsApp", whatsapp));
        refresh();
    }

    private static Anchor row(VaadinIcon icon, String label, Span count) {
        var i = icon.create();
        i.addClassName("fos-pulse-icon");
        count.addClassName("fos-pulse-count");
        var name = new Span(label);
        name.addClassName(LumoUtility.Flex.GROW);
        var a = new Anchor("crm/conversations", i, name, count);
        a.addClassName("fos-pulse-row");
        a.getStyle().set("text-decoration", "none").set("color", "inherit");
        return a;
    }

    /** Reloads the unread counts. */
    public void refresh() {
        Map<String, Long> unread = threads.unreadThreadsByChannel();
        set(email, unread.getOrDefault("EMAIL", 0L));
        set(whatsapp, unread.getOrDefault("WHATSAPP", 0L));
    }

    private static void set(Span count, long n) {
        count.setText(Long.toString(n));
        count.getElement().getClassList().set("fos-pulse-unread", n > 0);
        count.getElement().setAttribute("aria-label", n + " unread threads");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        var user = currentUser.get();
        if (user.isEmpty()) {
            return;
        }
        Command refresh = TenantAccess.bind(this::refresh);
        registration = broadcaster.register(user.get().currentBrand().id(), brand -> ui.access(refresh));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }
}

package com.fashionos.ui.conversation;

import com.fashionos.crm.conversation.ConversationThreads;
import com.fashionos.ui.activity.ActivityBroadcaster;
import com.fashionos.ui.activity.LiveRefresh;
import com.fashionos.ui.security.CurrentUser;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Map;
import org.springframework.context.annotation.Scope;

/**
 * The sidebar's comms pulse: how many email and WhatsApp threads have unread messages, linking to the thread hub.
 * Refreshes through server push when the brand's timeline changes.
 */
@SpringComponent
@Scope("prototype")
public class CommsPulse extends Div {

    private final ConversationThreads threads;
    final Span email = new Span();
    final Span whatsapp = new Span();

    CommsPulse(ConversationThreads threads, ActivityBroadcaster broadcaster, CurrentUser currentUser) {
        this.threads = threads;
        addClassName("fos-comms-pulse");
        add(row(VaadinIcon.ENVELOPE_O, "Email", email), row(VaadinIcon.COMMENT_ELLIPSIS_O, "WhatsApp", whatsapp));
        refresh();
        LiveRefresh.whileAttached(this, broadcaster, currentUser, this::refresh);
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
}

package com.fashionos.ui.conversation;

import com.fashionos.crm.common.Page;
import com.fashionos.crm.conversation.ConversationThreads;
import com.fashionos.ui.activity.Display;
import com.fashionos.ui.base.EmptyState;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * The omnichannel thread hub (shell): email and WhatsApp threads by contact and channel with their unread state,
 * read-only and paged in SQL. Reading, replying and approving drafts arrive with the conversations feature.
 */
@Route("crm/conversations")
@PageTitle("Conversations · FashionOS CRM")
@Menu(title = "Conversations", order = 4, icon = "vaadin:comments-o")
@PermitAll
class ConversationsView extends Div {

    final Select<String> channel = new Select<>();
    final Checkbox unreadOnly = new Checkbox("Unread only");
    final Grid<ConversationThreads.ThreadRow> grid = new Grid<>();
    final Span count = new Span();
    private final ConversationThreads threads;
    private final EmptyState empty;

    ConversationsView(ConversationThreads threads, Display display) {
        this.threads = threads;
        addClassName("fos-conversations-view");
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        setHeightFull();
        channel.setItems(ConversationThreads.CHANNELS);
        channel.setEmptySelectionAllowed(true);
        channel.setItemLabelGenerator(c -> c == null ? "All channels" : label(c));
        channel.setAriaLabel("Channel");
        channel.addValueChangeListener(e -> refresh());
        unreadOnly.addValueChangeListener(e -> refresh());
        count.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        var toolbar = new Div(channel, unreadOnly, count);
        toolbar.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.CENTER);

        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(t -> {
                    var name = new Anchor("crm/contacts/" + t.contactId(), t.contactName());
                    if (t.unreadCount() > 0) {
                        name.addClassName(LumoUtility.FontWeight.BOLD);
                    }
                    return name;
                })
                .setHeader("Contact")
                .setFlexGrow(2);
        grid.addColumn(t -> label(t.channel())).setHeader("Channel").setAutoWidth(true);
        grid.addColumn(t -> t.subject() == null ? "—" : t.subject())
                .setHeader("Subject")
                .setFlexGrow(3);
        grid.addComponentColumn(t -> {
                    var badge = new Span(t.unreadCount() > 0 ? t.unreadCount() + " unread" : "read");
                    badge.getElement()
                            .getThemeList()
                            .add(t.unreadCount() > 0 ? "badge primary small" : "badge contrast small");
                    return badge;
                })
                .setHeader("State")
                .setAutoWidth(true);
        grid.addColumn(t -> display.when(t.lastMessageAt()))
                .setHeader("Last message")
                .setAutoWidth(true);
        grid.setItems(query -> threads
                .page(
                        channel.getValue(),
                        unreadOnly.getValue(),
                        query.getOffset(),
                        Math.min(query.getLimit(), Page.MAX_LIMIT))
                .stream());
        grid.setEmptyStateText("No threads match these filters.");
        grid.getStyle().set("flex", "1 1 auto");

        var contacts = new Anchor("crm/contacts", "Browse contacts");
        contacts.addClassName("fos-link-button");
        empty = new EmptyState(
                VaadinIcon.COMMENTS_O,
                "No conversations yet",
                "Email and WhatsApp threads with your contacts collect here once a channel is connected. Nothing is "
                        + "ever sent without a person approving it.",
                contacts);
        add(toolbar, empty, grid);
        refresh();
    }

    void refresh() {
        long n = threads.count(channel.getValue(), unreadOnly.getValue());
        count.setText(n == 1 ? "1 thread" : String.format(Locale.UK, "%,d threads", n));
        boolean none = n == 0 && channel.getValue() == null && !unreadOnly.getValue();
        empty.setVisible(none);
        grid.setVisible(!none);
        grid.getDataProvider().refreshAll();
    }

    static String label(String channel) {
        return switch (channel) {
            case "EMAIL" -> "Email";
            case "WHATSAPP" -> "WhatsApp";
            case "SANDBOX" -> "Sandbox (not sent)";
            default -> channel;
        };
    }
}

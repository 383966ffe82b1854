package com.fashionos.ui.draft;

import com.fashionos.crm.conversation.Message;
import com.fashionos.crm.conversation.MessageStatus;
import com.fashionos.ui.base.EmptyState;
import com.fashionos.ui.base.Queries;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;

/**
 * The outbox: messages that left the draft stage, newest first, with what happened to each — "Sent", "not sent —
 * sandbox" (no channel keys configured: stored here, nothing left the system), queued, failed with the reason.
 */
@Route("crm/outbox")
@PageTitle("Outbox · FashionOS CRM")
@Menu(title = "Outbox", order = 7, icon = "vaadin:outbox")
@PermitAll
class OutboxView extends Div {

    final Grid<Message> grid = new Grid<>(Message.class, false);

    OutboxView(DraftService drafts, DraftPanels panels) {
        addClassName("fos-outbox-view");
        setSizeFull();
        grid.setMultiSort(false);
        var when = grid.addColumn(m -> DraftsView.WHEN.format(m.sentAt() != null ? m.sentAt() : m.createdAt()))
                .setHeader("When")
                .setKey("when")
                .setSortProperty("when")
                .setAutoWidth(true);
        grid.addColumn(m -> m.channel().name().equals("EMAIL") ? "Email" : "WhatsApp")
                .setHeader("Channel")
                .setKey("channel")
                .setSortProperty("channel")
                .setAutoWidth(true);
        grid.addColumn(m -> String.valueOf(m.toAddress()))
                .setHeader("To")
                .setKey("to")
                .setSortProperty("to")
                .setAutoWidth(true);
        grid.addColumn(m -> (m.subject() == null ? "" : m.subject() + " — ") + m.body())
                .setHeader("Message")
                .setFlexGrow(1);
        grid.addComponentColumn(OutboxView::status)
                .setHeader("Status")
                .setKey("status")
                .setSortProperty("status")
                .setAutoWidth(true);
        grid.sort(GridSortOrder.desc(when).build());
        UUID brandId = panels.actor().brandId();
        // Paged and sorted in SQL: the grid asks for the rows it shows, and for the count.
        grid.setItems(query -> drafts.outboxPage(brandId, Queries.page(query)).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, drafts.countOutbox(brandId)));
        if (drafts.countOutbox(brandId) == 0) {
            add(new EmptyState(
                    VaadinIcon.OUTBOX, "Nothing sent yet", "Approved drafts and replies you send appear here."));
        } else {
            add(grid);
        }
    }

    static Span status(Message message) {
        var badge = new Span(message.status() == MessageStatus.SENT ? "Sent" : message.outboxLabel());
        badge.getElement().getThemeList().add("badge");
        if (message.status() == MessageStatus.SANDBOXED) {
            badge.getElement().getThemeList().add("contrast");
        } else if (message.status() == MessageStatus.FAILED || message.status() == MessageStatus.UNDELIVERED) {
            badge.getElement().getThemeList().add("error");
        } else if (message.status().isDispatched()) {
            badge.getElement().getThemeList().add("success");
        }
        return badge;
    }
}

package com.fashionos.ui.draft;

import com.fashionos.crm.conversation.PendingDraftRow;
import com.fashionos.ui.base.EmptyState;
import com.fashionos.ui.base.HasIntelligence;
import com.fashionos.ui.base.IntelligencePanel;
import com.fashionos.ui.base.Queries;
import com.fashionos.workflows.draft.Channel;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Every draft of the brand awaiting a decision (from the database), newest first. Selecting one opens its live
 * {@link DraftPanel} in the intelligence panel; the links lead to the deal or contact it is about.
 */
@Route("crm/drafts")
@PageTitle("Drafts · FashionOS CRM")
@Menu(title = "Drafts", order = 6, icon = "vaadin:magic")
@PermitAll
class DraftsView extends Div implements HasIntelligence {

    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    final Grid<PendingDraftRow> grid = new Grid<>(PendingDraftRow.class, false);
    private final DraftPanels panels;
    private @Nullable IntelligencePanel intelligence;

    DraftsView(DraftService drafts, DraftPanels panels) {
        this.panels = panels;
        addClassName("fos-drafts-view");
        setSizeFull();
        grid.setMultiSort(false);
        var drafted = grid.addColumn(p -> WHEN.format(p.createdAt()))
                .setHeader("Drafted")
                .setKey("createdAt")
                .setSortProperty("createdAt")
                .setAutoWidth(true);
        grid.addColumn(p -> DraftPanel.channelLabel(Channel.valueOf(p.channel().name())))
                .setHeader("Channel")
                .setKey("channel")
                .setSortProperty("channel")
                .setAutoWidth(true);
        grid.addComponentColumn(p -> new Anchor("crm/contacts/" + p.contactId(), p.contactName()))
                .setHeader("To")
                .setKey("contact")
                .setSortProperty("contact")
                .setAutoWidth(true);
        grid.addComponentColumn(p -> p.dealId() == null
                        ? new Span("—")
                        : new Anchor("crm/deals/" + p.dealId(), String.valueOf(p.dealTitle())))
                .setHeader("Deal")
                .setKey("deal")
                .setSortProperty("deal")
                .setAutoWidth(true);
        grid.addColumn(p -> (p.subject() == null ? "" : p.subject() + " — ") + DraftService.preview(p.body()))
                .setHeader("Draft")
                .setFlexGrow(1);
        grid.addColumn(p -> "local".equals(p.provider()) ? "local model" : String.valueOf(p.provider()))
                .setHeader("Written by")
                .setKey("provider")
                .setSortProperty("provider")
                .setAutoWidth(true);
        grid.sort(GridSortOrder.desc(drafted).build());
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::open));
        UUID brandId = panels.actor().brandId();
        // Paged and sorted in SQL: the grid asks for the rows it shows, and for the count.
        grid.setItems(query -> drafts.pendingDraftPage(brandId, Queries.page(query)).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, drafts.countPendingDrafts(brandId)));
        if (drafts.countPendingDrafts(brandId) == 0) {
            add(new EmptyState(
                    VaadinIcon.MAGIC,
                    "No drafts waiting",
                    "Drafts appear here when a deal enters Pitch or someone clicks \"Draft message\"."));
        } else {
            add(grid);
        }
    }

    private void open(PendingDraftRow pending) {
        if (intelligence != null) {
            DraftPanel panel = panels.forDraft(pending.workflowId(), pending.contactId(), pending.dealId());
            intelligence.show(pending.contactName(), pending.dealTitle(), panel);
        }
    }

    @Override
    public void bindIntelligence(IntelligencePanel panel) {
        this.intelligence = panel;
    }
}

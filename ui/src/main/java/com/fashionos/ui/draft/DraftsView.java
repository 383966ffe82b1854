package com.fashionos.ui.draft;

import com.fashionos.ui.base.EmptyState;
import com.fashionos.ui.base.HasIntelligence;
import com.fashionos.ui.base.IntelligencePanel;
import com.vaadin.flow.component.grid.Grid;
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
import java.util.List;
import java.util.Locale;
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

    final Grid<PendingDraft> grid = new Grid<>(PendingDraft.class, false);
    private final DraftPanels panels;
    private @Nullable IntelligencePanel intelligence;

    DraftsView(DraftService drafts, DraftPanels panels) {
        this.panels = panels;
        addClassName("fos-drafts-view");
        setSizeFull();
        grid.addColumn(p -> WHEN.format(p.createdAt())).setHeader("Drafted").setAutoWidth(true);
        grid.addColumn(p -> DraftPanel.channelLabel(p.channel()))
                .setHeader("Channel")
                .setAutoWidth(true);
        grid.addComponentColumn(p -> new Anchor("crm/contacts/" + p.contactId(), p.contactName()))
                .setHeader("To")
                .setAutoWidth(true);
        grid.addComponentColumn(p -> p.dealId() == null
                        ? new Span("—")
                        : new Anchor("crm/deals/" + p.dealId(), String.valueOf(p.dealTitle())))
                .setHeader("Deal")
                .setAutoWidth(true);
        grid.addColumn(p -> (p.subject() == null ? "" : p.subject() + " — ") + p.preview())
                .setHeader("Draft")
                .setFlexGrow(1);
        grid.addColumn(p -> "local".equals(p.provider()) ? "local model" : String.valueOf(p.provider()))
                .setHeader("Written by")
                .setAutoWidth(true);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::open));
        // At most a few hundred drafts wait at once (they expire): one query, newest first.
        List<PendingDraft> pending = drafts.pendingDrafts(panels.actor().brandId());
        grid.setItems(pending);
        if (pending.isEmpty()) {
            add(new EmptyState(
                    VaadinIcon.MAGIC,
                    "No drafts waiting",
                    "Drafts appear here when a deal enters Pitch or someone clicks \"Draft message\"."));
        } else {
            add(grid);
        }
    }

    private void open(PendingDraft pending) {
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

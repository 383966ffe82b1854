package com.fashionos.ui.deal;

import com.fashionos.crm.deal.DealFilter;
import com.fashionos.crm.deal.DealOutcome;
import com.fashionos.crm.deal.DealRow;
import com.fashionos.crm.deal.DealService;
import com.fashionos.ui.activity.Display;
import com.fashionos.ui.base.EmptyState;
import com.fashionos.ui.base.Queries;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The deals of one account or contact on its page: reference, title, stage and value, sorted and paged in SQL, every
 * row shown (no scrolling inside the page); a row opens the deal. A page may add columns of its own after these.
 */
public final class DealsOfGrid extends Grid<DealRow> {

    /**
     * @param filter which deals, e.g. {@code DealFilter.all().withAccountId(id)}
     * @param whose the account's or contact's name, for "No deals with …" when there are none
     * @param hint the sentence under that headline
     */
    public DealsOfGrid(DealService deals, DealFilter filter, String whose, String hint) {
        addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        addColumn(DealRow::reference)
                .setHeader("Ref")
                .setSortProperty("number")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(DealRow::title).setHeader("Deal").setSortProperty("title").setFlexGrow(3);
        addColumn(r -> r.stage().label() + (r.outcome() == DealOutcome.OPEN ? "" : " · " + r.outcome()))
                .setHeader("Stage")
                .setSortProperty("stage")
                .setAutoWidth(true);
        addColumn(r -> Display.money(r.valueForecast(), r.currency()))
                .setHeader("Value")
                .setSortProperty("value")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        setItems(query -> deals.page(filter, Queries.page(query)).stream());
        addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("crm/deals/" + e.getItem().id())));
        setEmptyStateComponent(new EmptyState(
                VaadinIcon.HANDSHAKE, "No deals with " + whose, hint, new Anchor("crm/deals", "Open the pipeline")));
        setAllRowsVisible(true);
    }
}

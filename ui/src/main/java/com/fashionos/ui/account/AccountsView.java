package com.fashionos.ui.account;

import com.fashionos.crm.account.AccountFilter;
import com.fashionos.crm.account.AccountRow;
import com.fashionos.crm.account.AccountService;
import com.fashionos.crm.account.AccountType;
import com.fashionos.crm.account.BudgetTier;
import com.fashionos.ui.activity.Display;
import com.fashionos.ui.activity.Permissions;
import com.fashionos.ui.activity.Toasts;
import com.fashionos.ui.base.EmptyState;
import com.fashionos.ui.base.HasIntelligence;
import com.fashionos.ui.base.IntelligencePanel;
import com.fashionos.ui.base.ListToolbar;
import com.fashionos.ui.base.Queries;
import com.fashionos.ui.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The company registry: sponsors, buyers, media and vendors, filtered by type, budget tier and name, paged and
 * sorted in SQL. AGENT+ create accounts; a row opens the account's detail.
 */
@Route("crm/accounts")
@PageTitle("Accounts · FashionOS CRM")
@Menu(title = "Accounts", order = 2, icon = "vaadin:building")
@PermitAll
class AccountsView extends Div implements HasIntelligence {

    final TextField search = new TextField();
    final Select<AccountType> type = new Select<>();
    final Select<BudgetTier> tier = new Select<>();
    final Grid<AccountRow> grid = new Grid<>();
    final Span count = new Span();
    final Button create = new Button("New account", VaadinIcon.PLUS.create());

    private final AccountService accounts;
    private final Display display;
    private final EmptyState empty;
    private @Nullable IntelligencePanel intelligence;

    AccountsView(AccountService accounts, Display display, CurrentUser currentUser) {
        this.accounts = accounts;
        this.display = display;
        addClassName("fos-accounts-view");
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        setHeightFull();

        ListToolbar.searchField(search, "Filter by name", "Filter accounts by name", this::refresh);
        type.setItems(AccountType.values());
        type.setEmptySelectionAllowed(true);
        type.setItemLabelGenerator(t -> t == null ? "All types" : t.label());
        type.setAriaLabel("Account type");
        type.addValueChangeListener(e -> refresh());
        tier.setItems(BudgetTier.values());
        tier.setEmptySelectionAllowed(true);
        tier.setItemLabelGenerator(t -> t == null ? "All budget tiers" : t.label());
        tier.setAriaLabel("Budget tier");
        tier.addValueChangeListener(e -> refresh());
        count.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setVisible(Permissions.canEdit(currentUser));
        create.addClickListener(e -> new AccountDialog(accounts, null, saved -> {
                    Toasts.success(saved.name() + " created");
                    getUI().ifPresent(ui -> ui.navigate("crm/accounts/" + saved.id()));
                })
                .open());
        var toolbar = new ListToolbar(List.of(search, type, tier, count), create);

        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(AccountRow::name)
                .setHeader("Name")
                .setKey("name")
                .setSortProperty("name")
                .setWidth("10rem")
                .setFlexGrow(3)
                .setTooltipGenerator(AccountRow::name);
        grid.addColumn(r -> r.type().label())
                .setHeader("Type")
                .setKey("type")
                .setSortProperty("type")
                .setWidth("6rem")
                .setFlexGrow(0);
        grid.addColumn(r -> r.budgetTier() == null ? "—" : r.budgetTier().label())
                .setHeader("Budget tier")
                .setKey("budgetTier")
                .setSortProperty("budgetTier")
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(r -> r.city() == null ? "—" : r.city())
                .setHeader("City")
                .setKey("city")
                .setSortProperty("city")
                .setWidth("6rem")
                .setFlexGrow(1);
        grid.addColumn(AccountRow::contactCount)
                .setHeader("Contacts")
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("5.5rem")
                .setFlexGrow(0);
        grid.addColumn(r -> r.openDealCount() == 0
                        ? "—"
                        : Display.money(r.openDealValue(), display.brandCurrency()) + " (" + r.openDealCount() + ")")
                .setHeader("Open pipeline")
                .setTooltipGenerator(r -> r.openDealCount() + (r.openDealCount() == 1 ? " open deal" : " open deals"))
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("8.5rem")
                .setFlexGrow(0);
        grid.setItems(query -> accounts.page(filter(), Queries.page(query)).stream());
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate("crm/accounts/" + e.getItem().id())));
        grid.asSingleSelect().addValueChangeListener(e -> showIntelligence(e.getValue()));
        grid.setEmptyStateText("No accounts match these filters.");
        grid.getStyle().set("flex", "1 1 auto");

        var firstAccount = new Button("Create the first account", e -> create.click());
        firstAccount.addThemeVariants(ButtonVariant.PRIMARY);
        firstAccount.setVisible(create.isVisible());
        empty = new EmptyState(
                VaadinIcon.BUILDING_O,
                "No accounts yet",
                "Sponsors, buyers, media and vendors you work with live here.",
                firstAccount);
        add(toolbar, empty, grid);
        refresh();
    }

    AccountFilter filter() {
        String text = search.getValue();
        return AccountFilter.all()
                .withText(text == null || text.isBlank() ? null : text.strip())
                .withType(type.getValue())
                .withBudgetTier(tier.getValue());
    }

    void refresh() {
        long n = accounts.count(filter());
        count.setText(n == 1 ? "1 account" : String.format(Locale.UK, "%,d accounts", n));
        boolean none = n == 0 && filter().equals(AccountFilter.all());
        empty.setVisible(none);
        grid.setVisible(!none);
        grid.getDataProvider().refreshAll();
    }

    private void showIntelligence(@Nullable AccountRow row) {
        if (intelligence == null) {
            return;
        }
        if (row == null) {
            intelligence.showEmpty();
            return;
        }
        var facts = new Paragraph(row.type().label()
                + (row.budgetTier() == null ? "" : " · " + row.budgetTier().label() + " budget")
                + " · " + row.contactCount() + " contacts · " + row.openDealCount() + " open deals worth "
                + Display.money(row.openDealValue(), display.brandCurrency()));
        var honest = new Paragraph("No AI research on this account yet. Website summaries and partnership gaps "
                + "arrive with the intelligence agents, with their sources.");
        honest.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        intelligence.show(row.name(), row.website(), facts, honest);
    }

    @Override
    public void bindIntelligence(IntelligencePanel panel) {
        intelligence = panel;
    }
}

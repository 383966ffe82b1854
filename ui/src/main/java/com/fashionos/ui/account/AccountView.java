package com.fashionos.ui.account;

import com.fashionos.crm.account.Account;
import com.fashionos.crm.account.AccountService;
import com.fashionos.crm.activity.ActivityService;
import com.fashionos.crm.activity.ActivityType;
import com.fashionos.crm.activity.TaskLinks;
import com.fashionos.crm.contact.ContactFilter;
import com.fashionos.crm.contact.ContactRow;
import com.fashionos.crm.contact.ContactService;
import com.fashionos.crm.deal.DealFilter;
import com.fashionos.crm.deal.DealService;
import com.fashionos.ui.activity.ActivityPanels;
import com.fashionos.ui.activity.Display;
import com.fashionos.ui.activity.Permissions;
import com.fashionos.ui.activity.Timeline;
import com.fashionos.ui.activity.Toasts;
import com.fashionos.ui.base.EmptyState;
import com.fashionos.ui.base.HasIntelligence;
import com.fashionos.ui.base.IntelligencePanel;
import com.fashionos.ui.base.Queries;
import com.fashionos.ui.base.RecordHeader;
import com.fashionos.ui.base.RouteRecord;
import com.fashionos.ui.deal.DealsOfGrid;
import com.fashionos.ui.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An account: its facts, contacts, deals and timeline (its own activities and those of its contacts and deals). */
@Route("crm/accounts/:accountId")
@PermitAll
class AccountView extends Div implements BeforeEnterObserver, HasDynamicTitle, HasIntelligence {

    private final AccountService accounts;
    private final ContactService contacts;
    private final DealService deals;
    private final ActivityService activities;
    private final ActivityPanels activityPanels;
    private final Display display;
    private final boolean canEdit;
    private final boolean canDelete;
    private final RouteRecord<Account> account;

    @Nullable
    Timeline timeline;

    @Nullable
    Grid<ContactRow> contactGrid;

    @Nullable
    DealsOfGrid dealGrid;

    final Button edit = new Button("Edit", VaadinIcon.EDIT.create());
    final Button logActivity = new Button("Log activity", VaadinIcon.PLUS.create());
    final Button delete = new Button(VaadinIcon.TRASH.create());

    AccountView(
            AccountService accounts,
            ContactService contacts,
            DealService deals,
            ActivityService activities,
            ActivityPanels activityPanels,
            Display display,
            CurrentUser currentUser) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.deals = deals;
        this.activities = activities;
        this.activityPanels = activityPanels;
        this.display = display;
        this.canEdit = Permissions.canEdit(currentUser);
        this.canDelete = Permissions.canDelete(currentUser);
        this.account = new RouteRecord<>("accountId", "account", RouteRecord.byUuid(id -> accounts.get(id)
                .filter(a -> !a.deleted())));
        addClassName("fos-account-view");
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        for (Button b : List.of(edit, logActivity, delete)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.ERROR);
        delete.setAriaLabel("Delete account");
        delete.setTooltipText("Delete account");
        edit.addClickListener(e -> new AccountDialog(accounts, require(), saved -> {
                    Toasts.success(saved.name() + " saved");
                    boolean renamed = !saved.name().equals(require().name());
                    account.show(saved);
                    if (renamed) {
                        // the heading and the tab title carry the name: navigate afresh
                        getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
                    } else {
                        render();
                    }
                })
                .open());
        logActivity.addClickListener(e -> activityPanels
                .logDialog(null, require().id(), null, ActivityType.NOTE, () -> {
                    if (timeline != null) {
                        timeline.refresh();
                    }
                })
                .open());
        delete.addClickListener(e -> {
            Account a = require();
            accounts.delete(a.id());
            getUI().ifPresent(ui -> ui.navigate(AccountsView.class));
            Toasts.deleted(a.name(), () -> accounts.restore(a.id()), () -> getUI().ifPresent(
                            ui -> ui.navigate("crm/accounts/" + a.id())));
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        account.load(event).ifPresent(a -> render());
    }

    @Override
    public String getPageTitle() {
        return account.pageTitle(Account::name);
    }

    Account require() {
        return account.require();
    }

    private void render() {
        Account a = require();
        removeAll();
        // the layout's heading already names the account: the header adds its type, tier, website and city
        var type = new Span(a.type().label());
        type.getElement().getThemeList().add("badge");
        var sub = RecordHeader.facts("fos-account-sub", type);
        if (a.budgetTier() != null) {
            var tier = new Span(a.budgetTier().label() + " budget");
            tier.getElement().getThemeList().add("badge contrast");
            sub.add(tier);
        }
        if (a.website() != null) {
            var site = new Anchor(a.website(), a.website().replaceFirst("^https?://", ""));
            site.setTarget("_blank");
            site.getElement().setAttribute("rel", "noopener noreferrer");
            sub.add(site);
        }
        if (a.city() != null) {
            sub.add(new Span(a.city() + (a.country() == null ? "" : ", " + a.country())));
        }
        edit.setVisible(canEdit);
        logActivity.setVisible(canEdit);
        delete.setVisible(canDelete);
        add(new RecordHeader(sub, logActivity, edit, delete));
        if (a.description() != null) {
            var d = new Paragraph(a.description());
            d.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.SMALL);
            add(d);
        }

        var tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add("Contacts", contactsTab(a));
        tabs.add("Deals", dealsTab(a));
        var emptyTimeline = new EmptyState(
                VaadinIcon.CLIPBOARD_TEXT,
                "No activity with " + a.name() + " yet",
                "Calls, meetings and stage changes of its contacts and deals show up here.");
        var tl = new Timeline(display, page -> activities.forAccount(a.id(), page), true, emptyTimeline);
        timeline = tl;
        var timelineBox = new Div(activityPanels.tasks(TaskLinks.account(a.id()), tl, canEdit), tl);
        timelineBox.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        tabs.add("Timeline", timelineBox);
        add(tabs);
    }

    private Component contactsTab(Account a) {
        var grid = new Grid<ContactRow>();
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ContactRow::name)
                .setHeader("Name")
                .setSortProperty("name")
                .setFlexGrow(2);
        grid.addColumn(r -> r.role() == null ? "—" : r.role()).setHeader("Role").setFlexGrow(2);
        grid.addColumn(r -> r.lastActivityAt() == null ? "never" : display.date(r.lastActivityAt()))
                .setHeader("Last active")
                .setSortProperty("lastActivity")
                .setAutoWidth(true);
        var filter = ContactFilter.all().withAccountId(a.id());
        grid.setItems(query -> contacts.page(filter, Queries.page(query)).stream());
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate("crm/contacts/" + e.getItem().id())));
        grid.setEmptyStateComponent(new EmptyState(
                VaadinIcon.USERS,
                "No contacts at " + a.name(),
                "Add people from the contact registry and link them to this account.",
                new Anchor("crm/contacts", "Open contacts")));
        grid.setAllRowsVisible(true);
        contactGrid = grid;
        return grid;
    }

    private Component dealsTab(Account a) {
        dealGrid = new DealsOfGrid(
                deals, DealFilter.all().withAccountId(a.id()), a.name(), "Open the pipeline to create one.");
        return dealGrid;
    }

    @Override
    public void bindIntelligence(IntelligencePanel panel) {
        if (account.current().isEmpty()) {
            return;
        }
        Account a = account.require();
        var facts = new Paragraph(a.type().label()
                + (a.budgetTier() == null ? "" : " · " + a.budgetTier().label() + " budget")
                + (a.industry() == null ? "" : " · " + a.industry()));
        var honest = new Paragraph(
                a.websiteSummary() != null
                        ? a.websiteSummary()
                        : "No AI research on this account yet. Website summaries and partnership gaps arrive with the "
                                + "intelligence agents, with their sources.");
        honest.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        panel.show(a.name(), a.website(), facts, honest);
    }
}

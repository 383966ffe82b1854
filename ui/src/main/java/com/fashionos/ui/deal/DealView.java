package com.fashionos.ui.deal;

import com.fashionos.crm.account.AccountService;
import com.fashionos.crm.activity.ActivityService;
import com.fashionos.crm.activity.ActivityType;
import com.fashionos.crm.activity.TaskLinks;
import com.fashionos.crm.contact.ContactService;
import com.fashionos.crm.deal.Deal;
import com.fashionos.crm.deal.DealOutcome;
import com.fashionos.crm.deal.DealService;
import com.fashionos.crm.deal.DealStage;
import com.fashionos.crm.deal.Stakeholder;
import com.fashionos.ui.activity.ActivityBroadcaster;
import com.fashionos.ui.activity.ActivityPanels;
import com.fashionos.ui.activity.Display;
import com.fashionos.ui.activity.Permissions;
import com.fashionos.ui.activity.TaskPanel;
import com.fashionos.ui.activity.Timeline;
import com.fashionos.ui.activity.Toasts;
import com.fashionos.ui.base.EmptyState;
import com.fashionos.ui.base.HasIntelligence;
import com.fashionos.ui.base.IntelligencePanel;
import com.fashionos.ui.base.RouteRecord;
import com.fashionos.ui.base.Tiles;
import com.fashionos.ui.draft.DraftPanel;
import com.fashionos.ui.draft.DraftPanels;
import com.fashionos.ui.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The Deal War Room: stage bar (clickable, same gates as the board), value forecast, actual ROI, expected close,
 * stakeholders, tasks, notes and the deal's timeline (stage changes with who, when, from and to). The intelligence
 * panel shows key facts and says honestly that no AI analysis exists yet.
 */
@Route("crm/deals/:dealId")
@PermitAll
class DealView extends Div implements BeforeEnterObserver, HasDynamicTitle, HasIntelligence {

    private final DealService deals;
    private final AccountService accounts;
    private final ContactService contacts;
    private final ActivityService activities;
    private final ActivityPanels activityPanels;
    private final ActivityBroadcaster broadcaster;
    private final Display display;
    private final StageMoves moves;
    private final CurrentUser currentUser;
    private final DraftPanels draftPanels;
    private final boolean canEdit;
    private final boolean canDelete;

    private final RouteRecord<Deal> deal;
    private @Nullable IntelligencePanel intelligence;

    @Nullable
    Timeline timeline;

    @Nullable
    TaskPanel tasks;

    final Div stageBar = new Div();
    final Button edit = new Button("Edit", VaadinIcon.EDIT.create());
    final Button logActivity = new Button("Log activity", VaadinIcon.PLUS.create());
    final Button won = new Button("Mark won", VaadinIcon.TROPHY.create());
    final Button lost = new Button("Mark lost");
    final Button reopen = new Button("Reopen");
    final Button delete = new Button(VaadinIcon.TRASH.create());

    DealView(
            DealService deals,
            AccountService accounts,
            ContactService contacts,
            ActivityService activities,
            ActivityPanels activityPanels,
            ActivityBroadcaster broadcaster,
            Display display,
            StageMoves moves,
            CurrentUser currentUser,
            DraftPanels draftPanels) {
        this.draftPanels = draftPanels;
        this.deals = deals;
        this.accounts = accounts;
        this.contacts = contacts;
        this.activities = activities;
        this.activityPanels = activityPanels;
        this.broadcaster = broadcaster;
        this.display = display;
        this.moves = moves;
        this.currentUser = currentUser;
        this.canEdit = Permissions.canEdit(currentUser);
        this.canDelete = Permissions.canDelete(currentUser);
        // a deal's route takes its id or its number (crm/deals/D-1004)
        this.deal = new RouteRecord<>("dealId", "deal", raw -> find(raw).filter(d -> !d.deleted()));
        addClassName("fos-deal-room");
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        edit.addClickListener(e -> moves.edit(requireDeal().id(), this::reload));
        logActivity.addClickListener(e -> openLog());
        won.addClickListener(e -> moves.win(requireDeal().id(), this::reload));
        lost.addClickListener(e -> moves.lose(requireDeal().id(), this::reload));
        reopen.addClickListener(e -> moves.reopen(requireDeal().id(), this::reload));
        delete.setAriaLabel("Delete deal");
        delete.setTooltipText("Delete deal");
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.ERROR);
        delete.addClickListener(e -> deleteDeal());
        for (Button b : List.of(edit, logActivity, won, lost, reopen)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        deal.load(event).ifPresent(d -> render());
    }

    private Optional<Deal> find(String raw) {
        try {
            return deals.get(UUID.fromString(raw));
        } catch (IllegalArgumentException notUuid) {
            return DealService.parseNumber(raw).flatMap(deals::byNumber);
        }
    }

    @Override
    public String getPageTitle() {
        return deal.pageTitle(d -> d.reference() + " " + d.title());
    }

    Deal requireDeal() {
        return deal.require();
    }

    void reload() {
        Deal fresh = deals.get(requireDeal().id()).orElseThrow();
        if (!fresh.title().equals(requireDeal().title())) {
            // the heading and the tab title carry the title: navigate afresh
            deal.show(fresh);
            getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
            return;
        }
        deal.show(fresh);
        render();
        if (intelligence != null) {
            bindIntelligence(intelligence);
        }
    }

    private void render() {
        Deal d = requireDeal();
        removeAll();
        add(header(d), stageBar(d), facts(d));

        var empty = new EmptyState(
                VaadinIcon.CLIPBOARD_TEXT,
                "Nothing on this deal's timeline yet",
                "Log the first call or meeting; stage changes are recorded here automatically.");
        var tl = new Timeline(
                display,
                page -> deals.get(d.id()).isPresent() ? activities.forDeal(d.id(), page) : List.of(),
                false,
                empty);
        timeline = tl;
        var timelineTitle = new H3("Timeline");
        timelineTitle.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE);
        var timelineHeader = new Div(timelineTitle, logActivity);
        timelineHeader.addClassNames(
                LumoUtility.Display.FLEX, LumoUtility.JustifyContent.BETWEEN, LumoUtility.AlignItems.CENTER);
        var left = new Div(timelineHeader, tl);
        left.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        left.getStyle().set("flex", "2 1 22rem").set("min-width", "0");

        tasks = activityPanels.tasks(TaskLinks.deal(d.id()), tl, canEdit);
        var right = new Div(Tiles.card(stakeholders(d)), Tiles.card(tasks), Tiles.card(notes(d)));
        right.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        right.getStyle().set("flex", "1 1 16rem").set("min-width", "0");
        var columns = new Div(left, right);
        columns.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.LARGE);
        add(columns);
    }

    private Component header(Deal d) {
        // the layout's heading already reads "D-1004 title": the header adds the account and the outcome
        var account = accounts.get(d.accountId());
        var accountLink = new Anchor(
                "crm/accounts/" + d.accountId(), account.map(a -> a.name()).orElse("Account"));
        var accountIcon = VaadinIcon.BUILDING_O.create();
        accountIcon.addClassNames(LumoUtility.IconSize.SMALL, LumoUtility.TextColor.SECONDARY);
        var sub = new Div(accountIcon, accountLink);
        sub.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.CENTER);
        if (d.outcome() != DealOutcome.OPEN) {
            var outcome =
                    new Span(DealsView.label(d.outcome()) + (d.lostReason() == null ? "" : ": " + d.lostReason()));
            outcome.getElement().getThemeList().add(d.outcome() == DealOutcome.WON ? "badge success" : "badge error");
            sub.add(outcome);
        }
        sub.addClassName("fos-deal-sub");
        var left = sub;

        edit.setVisible(canEdit);
        logActivity.setVisible(canEdit);
        won.setVisible(canEdit && d.outcome() == DealOutcome.OPEN);
        lost.setVisible(canEdit && d.outcome() == DealOutcome.OPEN);
        reopen.setVisible(canEdit && d.outcome() != DealOutcome.OPEN);
        delete.setVisible(canDelete);
        var actions = new Div(edit, won, lost, reopen, delete);
        actions.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.FlexWrap.WRAP);
        var header = new Div(left, actions);
        header.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.JustifyContent.BETWEEN,
                LumoUtility.AlignItems.START,
                LumoUtility.FlexWrap.WRAP,
                LumoUtility.Gap.MEDIUM);
        return header;
    }

    private Component stageBar(Deal d) {
        stageBar.removeAll();
        stageBar.addClassName("fos-stage-bar");
        stageBar.getElement().setAttribute("role", "group");
        stageBar.getElement().setAttribute("aria-label", "Stage");
        for (DealStage stage : DealStage.values()) {
            var b = new Button(stage.label());
            b.addClassName("fos-stage");
            b.getElement().setAttribute("data-stage", stage.name());
            if (stage == d.stage()) {
                b.addThemeVariants(ButtonVariant.PRIMARY);
                b.addClassName("fos-stage-current");
                b.getElement().setAttribute("aria-current", "step");
            } else if (stage.index() < d.stage().index()) {
                b.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
                b.addClassName("fos-stage-done");
                b.setPrefixComponent(VaadinIcon.CHECK.create());
            }
            b.setEnabled(canEdit);
            b.setTooltipText(
                    stage == d.stage()
                            ? "Current stage, for " + Display.daysSince(d.stageChangedAt()) + " days"
                            : "Move to " + stage.label());
            b.addClickListener(e -> {
                if (stage != requireDeal().stage() || requireDeal().outcome() != DealOutcome.OPEN) {
                    moves.move(requireDeal().id(), stage, this::reload);
                }
            });
            stageBar.add(b);
        }
        return stageBar;
    }

    private Component facts(Deal d) {
        var weighted = d.valueForecast() != null && d.probability() != null
                ? d.valueForecast()
                        .multiply(BigDecimal.valueOf(d.probability()))
                        .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                : null;
        var row = new Div(
                fact(
                        "Value forecast",
                        Display.money(d.valueForecast(), d.currency()),
                        weighted == null
                                ? null
                                : "weighted " + Display.money(weighted, d.currency()) + " at " + d.probability() + "%"),
                fact("Actual ROI", Display.money(d.actualRoi(), d.currency()), roiNote(d)),
                fact("Expected close", display.date(d.expectedClose()), null),
                fact("Contract signed", display.date(d.contractSignedAt()), null),
                fact(
                        "In " + d.stage().label(),
                        Display.daysSince(d.stageChangedAt()) + " days",
                        "since " + display.date(d.stageChangedAt())));
        row.addClassNames(LumoUtility.Display.GRID, LumoUtility.Gap.MEDIUM, "fos-facts");
        row.getStyle().set("grid-template-columns", "repeat(auto-fit, minmax(9rem, 1fr))");
        return row;
    }

    private static @Nullable String roiNote(Deal d) {
        if (d.actualRoi() == null) {
            return d.stage() == DealStage.ROI ? "record it once measured" : "measured after the contract";
        }
        if (d.valueForecast() == null || d.valueForecast().signum() == 0) {
            return null;
        }
        return d.actualRoi().divide(d.valueForecast(), 2, RoundingMode.HALF_UP).toPlainString() + "× the forecast";
    }

    static Component fact(String label, String value, @Nullable String note) {
        var v = new Span(value);
        v.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD);
        if (note == null) {
            return Tiles.fact(label, v);
        }
        var n = new Span(note);
        n.addClassNames(LumoUtility.FontSize.XXSMALL, LumoUtility.TextColor.SECONDARY);
        return Tiles.fact(label, v, n);
    }

    private Component stakeholders(Deal d) {
        var title = new H3("Stakeholders");
        title.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE);
        var list = new Div();
        list.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        List<Stakeholder> people = deals.stakeholders(d.id());
        if (people.isEmpty()) {
            var none = new Paragraph("No contacts yet. Pitch needs a primary contact.");
            none.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
            list.add(none);
        }
        for (Stakeholder s : people) {
            var link = new Anchor("crm/contacts/" + s.contactId(), s.name());
            var role = new Span((s.primary() ? "Primary · " : "") + (s.role() == null ? "" : s.role()));
            role.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
            var row = new Div(link, role);
            row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
            list.add(row);
        }
        var box = new Div(title, list);
        if (canEdit) {
            var add = new ComboBox<ContactOption>();
            add.setPlaceholder("Add a stakeholder");
            add.setAriaLabel("Add a stakeholder");
            add.setWidthFull();
            add.setItems(query ->
                    ContactOption.matching(contacts, query).map(c -> new ContactOption(c.id(), c.name(), c.role())));
            add.setItemLabelGenerator(ContactOption::label);
            add.addValueChangeListener(e -> {
                if (e.getValue() != null && e.isFromClient()) {
                    deals.addStakeholder(d.id(), e.getValue().id(), null);
                    Toasts.success(e.getValue().name() + " added to " + d.reference());
                    reload();
                }
            });
            box.add(add);
        }
        box.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        return box;
    }

    private Component notes(Deal d) {
        var title = new H3("Notes");
        title.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE);
        var text = new Paragraph(d.notes() == null ? "No notes. Use Edit to add context for the team." : d.notes());
        text.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        text.getStyle().set("white-space", "pre-line");
        if (d.notes() == null) {
            text.addClassName(LumoUtility.TextColor.SECONDARY);
        }
        var box = new Div(title, text);
        if (d.campaign() != null) {
            var campaign = new Span("Campaign: " + d.campaign());
            campaign.getElement().getThemeList().add("badge");
            box.add(campaign);
        }
        box.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        return box;
    }

    private void openLog() {
        Deal d = requireDeal();
        activityPanels
                .logDialog(d.primaryContactId(), null, d.id(), ActivityType.NOTE, () -> {
                    if (timeline != null) {
                        timeline.refresh();
                    }
                })
                .open();
    }

    private void deleteDeal() {
        Deal d = requireDeal();
        deals.delete(d.id());
        broadcaster.announce(currentUser.require().currentBrand().id());
        getUI().ifPresent(ui -> ui.navigate(DealsView.class));
        Toasts.deleted(d.reference(), () -> deals.restore(d.id()), () -> getUI().ifPresent(
                        ui -> ui.navigate("crm/deals/" + d.id())));
    }

    @Override
    public void bindIntelligence(IntelligencePanel panel) {
        intelligence = panel;
        if (deal.current().isEmpty()) {
            return;
        }
        Deal d = deal.require();
        var facts = new Div(
                fact(
                        "Stage",
                        d.stage().label()
                                + (d.outcome() == DealOutcome.OPEN ? "" : " · " + DealsView.label(d.outcome())),
                        null),
                fact("Value forecast", Display.money(d.valueForecast(), d.currency()), null),
                fact("Expected close", display.date(d.expectedClose()), null),
                fact("Days in stage", Long.toString(Display.daysSince(d.stageChangedAt())), null));
        facts.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        var honest = new Paragraph("No AI analysis of this deal yet. Deal health, ROI forecasts and salvage "
                + "strategies arrive with the intelligence agents, each with its sources.");
        honest.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY, "fos-intel-honest");
        DraftPanel draft = draftPanels.forDeal(d.id());
        draft.onDelivered(() -> timeline.refresh());
        panel.show(d.reference(), d.title(), facts, draft, honest);
    }
}

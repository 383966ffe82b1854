package com.fashionos.ui.dashboard;

import com.fashionos.crm.activity.ActivityService;
import com.fashionos.crm.activity.TaskRow;
import com.fashionos.crm.activity.TimelineEntry;
import com.fashionos.crm.brand.Brand;
import com.fashionos.crm.brand.BrandService;
import com.fashionos.crm.common.CountResult;
import com.fashionos.crm.contact.ContactFilter;
import com.fashionos.crm.contact.ContactService;
import com.fashionos.crm.deal.Deal;
import com.fashionos.crm.deal.DealFilter;
import com.fashionos.crm.deal.DealService;
import com.fashionos.crm.deal.DealStage;
import com.fashionos.crm.deal.StageTotals;
import com.fashionos.ui.activity.ActivityBroadcaster;
import com.fashionos.ui.activity.Display;
import com.fashionos.ui.activity.Permissions;
import com.fashionos.ui.activity.Toasts;
import com.fashionos.ui.base.Formats;
import com.fashionos.ui.chart.ChartData;
import com.fashionos.ui.chart.ChartPoint;
import com.fashionos.ui.chart.FosChart;
import com.fashionos.ui.security.CurrentUser;
import com.fashionos.ui.security.FashionUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The unified dashboard: open pipeline value per stage (bar chart, brand currency) and deals per stage (doughnut),
 * both opening the board on click; the user's open tasks, the
 * brand's recent activity, and a placeholder for deal health that says honestly it is not there yet.
 */
@Route("crm")
@PageTitle("Dashboard · FashionOS CRM")
@Menu(title = "Dashboard", order = 0, icon = "vaadin:dashboard")
@PermitAll
class DashboardView extends Div {

    /** What the at-risk card says until the intelligence agents score deal health. */
    static final String AT_RISK_TEXT = "Deal health arrives with the intelligence agents.";

    /** Lead, Pitch, Contract, ROI: the brand's gold deepening into its ink. */
    private static final String[] STAGE_COLORS = {
        "color-mix(in srgb, var(--fos-gold, #b08d57) 45%, white)",
        "var(--fos-gold, #b08d57)",
        "color-mix(in srgb, var(--fos-ink, #141414) 55%, white)",
        "var(--fos-ink, #141414)"
    };

    final FosChart pipelineChart;
    final FosChart dealsChart;
    final Div tasks = new Div();
    final Div recent = new Div();

    private final ActivityService activities;
    private final ActivityBroadcaster broadcaster;
    private final Display display;
    private final UUID userId;
    private final UUID brandId;
    private final boolean canEdit;

    DashboardView(
            CurrentUser currentUser,
            BrandService brands,
            ContactService contacts,
            DealService deals,
            ActivityService activities,
            ActivityBroadcaster broadcaster,
            Display display) {
        this.activities = activities;
        this.broadcaster = broadcaster;
        this.display = display;
        FashionUser user = currentUser.require();
        this.userId = user.userId();
        this.brandId = user.currentBrand().id();
        this.canEdit = Permissions.canEdit(currentUser);
        addClassName("fos-dashboard");
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.LARGE);
        Brand brand = brands.current().orElseThrow();
        ZonedDateTime now = ZonedDateTime.now(display.zone());

        var greeting = new H2(greeting(now) + ", " + firstName(user.displayName()));
        greeting.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
        var context = new Paragraph(brand.name()
                + (brand.campaign() == null ? "" : " · " + brand.campaign())
                + " · " + now.format(DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK)));
        context.addClassNames(LumoUtility.Margin.NONE, LumoUtility.TextColor.SECONDARY);
        var hero = new Div(greeting, context);

        StageTotals totals = deals.totals(DealFilter.all());
        long openDeals = 0;
        Map<String, BigDecimal> openValue = new java.util.TreeMap<>();
        for (DealStage s : DealStage.values()) {
            openDeals += totals.count(s);
            totals.sums(s).forEach((c, v) -> openValue.merge(c, v, BigDecimal::add));
        }
        List<TaskRow> myTasks = activities.openTasksFor(userId, 8);
        CountResult contactCount = contacts.count(ContactFilter.all());
        var kpis = new Div(
                kpi("Open pipeline", Display.moneyByCurrency(openValue), openDeals + " open deals", "crm/deals"),
                kpi("Contacts", Formats.count(contactCount, "contact", "contacts"), "in the registry", "crm/contacts"),
                kpi(
                        "My open tasks",
                        Long.toString(myTasks.size()) + (myTasks.size() == 8 ? "+" : ""),
                        myTasks.stream().filter(TaskRow::overdue).count() + " overdue",
                        "crm"));
        kpis.addClassNames(LumoUtility.Display.GRID, LumoUtility.Gap.MEDIUM);
        kpis.getStyle().set("grid-template-columns", "repeat(auto-fit, minmax(12rem, 1fr))");

        String currency = display.brandCurrency();
        List<ChartPoint> valuePoints = new ArrayList<>();
        List<ChartPoint> countPoints = new ArrayList<>();
        List<String> otherCurrencies = new ArrayList<>();
        for (DealStage s : DealStage.values()) {
            Map<String, BigDecimal> sums = totals.sums(s);
            BigDecimal v = sums.getOrDefault(currency, BigDecimal.ZERO);
            valuePoints.add(new ChartPoint(s.label(), v, Display.money(v, currency), s.name()));
            long n = totals.count(s);
            countPoints.add(
                    new ChartPoint(s.label(), BigDecimal.valueOf(n), n + (n == 1 ? " deal" : " deals"), s.name()));
            var others = new java.util.TreeMap<>(sums);
            others.remove(currency);
            if (!others.isEmpty()) {
                otherCurrencies.add(s.label() + " " + Display.moneyByCurrency(others));
            }
        }
        pipelineChart = new FosChart(ChartData.bar(
                "Pipeline value by stage",
                "Stage",
                "Open value (" + currency + ")",
                valuePoints,
                currency,
                display.locale()));
        dealsChart = new FosChart(
                ChartData.doughnut("Deals by stage", "Stage", "Open deals", countPoints, display.locale()));
        for (FosChart chart : List.of(pipelineChart, dealsChart)) {
            // One colour per stage in both charts, from early (light gold) to late (ink).
            chart.setColors(STAGE_COLORS);
            chart.setWidthFull();
            chart.setHeight("14rem");
            chart.addPointClickListener(
                    e -> openStage(e.point().map(ChartPoint::key).orElse(null)));
        }
        var valueBody = new Div(chartOrEmpty(pipelineChart));
        if (!otherCurrencies.isEmpty()) {
            var note = new Paragraph("Also open in other currencies: " + String.join(" · ", otherCurrencies));
            note.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
            valueBody.add(note);
        }
        var pipeline = card("Pipeline value by stage", valueBody, new Anchor("crm/deals", "Board →"));
        var byStage = card("Deals by stage", chartOrEmpty(dealsChart), null);

        tasks.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        showTasks(myTasks);
        recent.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        showRecent(activities.recent(8));

        var atRisk = new Paragraph(
                AT_RISK_TEXT + " Until then, the board shows how many days each deal has been " + "in its stage.");
        atRisk.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);

        var grid = new Div(
                pipeline,
                byStage,
                card("My open tasks", tasks, null),
                card("Recent activity", recent, null),
                card("Deals at risk", atRisk, null));
        grid.addClassNames(LumoUtility.Display.GRID, LumoUtility.Gap.MEDIUM);
        grid.getStyle().set("grid-template-columns", "repeat(auto-fit, minmax(18rem, 1fr))");
        add(hero, kpis, grid);
    }

    private void showTasks(List<TaskRow> rows) {
        tasks.removeAll();
        if (rows.isEmpty()) {
            var none = new Paragraph("No open tasks. Add tasks from a contact or a deal to plan your next steps.");
            none.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            tasks.add(none);
            return;
        }
        for (TaskRow t : rows) {
            var done = new Checkbox(t.title());
            done.setReadOnly(!canEdit);
            done.addValueChangeListener(e -> {
                if (e.getValue() && activities.completeTask(t.id())) {
                    broadcaster.announce(brandId);
                    Toasts.success("Task done: " + t.title());
                    showTasks(activities.openTasksFor(userId, 8));
                }
            });
            var meta = new Span((t.dueAt() == null
                            ? "no due date"
                            : (t.overdue() ? "overdue · " : "due ") + display.when(t.dueAt()))
                    + (t.contactName() != null ? " · " + t.contactName() : "")
                    + (t.dealNumber() != null ? " · " + Deal.reference(t.dealNumber()) : ""));
            meta.addClassNames(
                    LumoUtility.FontSize.XSMALL,
                    t.overdue() ? LumoUtility.TextColor.ERROR : LumoUtility.TextColor.SECONDARY);
            var row = new Div(done, meta);
            row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
            tasks.add(row);
        }
    }

    private void showRecent(List<TimelineEntry> entries) {
        recent.removeAll();
        if (entries.isEmpty()) {
            var none = new Paragraph("Nothing logged yet. Calls, notes and stage changes appear here.");
            none.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            recent.add(none);
            return;
        }
        for (TimelineEntry e : entries) {
            var title = new Span(e.type().label() + (e.subject() == null ? "" : ": " + e.subject()));
            title.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.FontWeight.MEDIUM);
            var meta = new Span((e.contactName() != null ? e.contactName() + " · " : "")
                    + (e.authorName() != null ? "by " + e.authorName() + " · " : "")
                    + display.when(e.occurredAt()));
            meta.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
            String href = e.dealId() != null
                    ? "crm/deals/" + e.dealId()
                    : e.contactId() != null
                            ? "crm/contacts/" + e.contactId()
                            : e.accountId() != null ? "crm/accounts/" + e.accountId() : "crm";
            var a = new Anchor(href, title, meta);
            a.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.TextColor.BODY);
            a.getStyle().set("text-decoration", "none");
            recent.add(a);
        }
    }

    /** Opens the open deals of the clicked stage in the deals list, or the whole board without a stage. */
    private void openStage(@Nullable String stage) {
        getUI().ifPresent(ui ->
                ui.navigate("crm/deals", stage == null ? QueryParameters.empty() : QueryParameters.of("stage", stage)));
    }

    /** The chart, or a call to action when there are no open deals to draw. */
    private static Component chartOrEmpty(FosChart chart) {
        if (!chart.getData().allZero()) {
            return chart;
        }
        var none = new Paragraph("No open deals yet. Start the pipeline on the board.");
        none.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        chart.setVisible(false);
        return new Div(none, chart);
    }

    private static Component kpi(String label, String value, String caption, String href) {
        var l = new Span(label);
        l.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        var v = new Span(value);
        v.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.FontWeight.SEMIBOLD);
        var c = new Span(caption);
        c.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        var card = new Anchor(href, l, v, c);
        card.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Padding.MEDIUM,
                LumoUtility.BorderRadius.LARGE,
                LumoUtility.Background.CONTRAST_5,
                LumoUtility.TextColor.BODY,
                "fos-kpi");
        card.getStyle().set("text-decoration", "none");
        return card;
    }

    private static Component card(String title, Component body, @org.jspecify.annotations.Nullable Anchor link) {
        var h = new H3(title);
        h.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE);
        var header = new Div(h);
        header.addClassNames(
                LumoUtility.Display.FLEX, LumoUtility.JustifyContent.BETWEEN, LumoUtility.AlignItems.BASELINE);
        if (link != null) {
            link.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Whitespace.NOWRAP);
            link.getElement().setAttribute("aria-label", "Open the deals board");
            header.addClassNames(LumoUtility.Gap.SMALL);
            header.add(link);
        }
        var card = new Div(header, body);
        card.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL,
                LumoUtility.Padding.MEDIUM,
                LumoUtility.BorderRadius.LARGE,
                LumoUtility.Border.ALL,
                LumoUtility.BorderColor.CONTRAST_10,
                "fos-card");
        return card;
    }

    static String greeting(ZonedDateTime now) {
        int hour = now.getHour();
        return hour < 5 ? "Good evening" : hour < 12 ? "Good morning" : hour < 18 ? "Good afternoon" : "Good evening";
    }

    private static String firstName(String displayName) {
        int space = displayName.indexOf(' ');
        return space > 0 ? displayName.substring(0, space) : displayName;
    }
}

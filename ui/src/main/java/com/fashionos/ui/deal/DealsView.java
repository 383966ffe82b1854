package com.fashionos.ui.deal;

import com.fashionos.crm.account.AccountType;
import com.fashionos.crm.common.Page;
import com.fashionos.crm.common.SortOrder;
import com.fashionos.crm.deal.DealCard;
import com.fashionos.crm.deal.DealFilter;
import com.fashionos.crm.deal.DealOutcome;
import com.fashionos.crm.deal.DealRow;
import com.fashionos.crm.deal.DealService;
import com.fashionos.crm.deal.DealStage;
import com.fashionos.crm.deal.StageTotals;
import com.fashionos.ui.activity.Display;
import com.fashionos.ui.base.EmptyState;
import com.fashionos.ui.base.ListToolbar;
import com.fashionos.ui.base.Queries;
import com.fashionos.ui.security.CurrentUser;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The sponsorship and sales pipeline. Board mode: columns Lead → Pitch → Contract → ROI, then Won and Lost, each with
 * its count and value per currency; AGENT+ drag cards between columns (stage gates checked, failures explained with a
 * shortcut to fill the gap). List mode: the same filters over a lazy grid sorted and paged in SQL.
 */
@Route("crm/deals")
@PageTitle("Deals · FashionOS CRM")
@Menu(title = "Deals", order = 3, icon = "vaadin:handshake")
@PermitAll
class DealsView extends Div implements BeforeEnterObserver {

    /** A board column: a stage of open deals, or the won or lost deals of every stage. */
    enum Column {
        LEAD("Lead", DealStage.LEAD, null),
        PITCH("Pitch", DealStage.PITCH, null),
        CONTRACT("Contract", DealStage.CONTRACT, null),
        ROI("ROI", DealStage.ROI, null),
        WON("Won", null, DealOutcome.WON),
        LOST("Lost", null, DealOutcome.LOST);

        final String label;
        final @Nullable DealStage stage;
        final @Nullable DealOutcome outcome;

        Column(String label, @Nullable DealStage stage, @Nullable DealOutcome outcome) {
            this.label = label;
            this.stage = stage;
            this.outcome = outcome;
        }
    }

    static final int CARDS_PER_COLUMN = 50;

    final TextField search = new TextField();
    final Select<AccountType> accountType = new Select<>();
    final BigDecimalField minValue = new BigDecimalField();
    final Checkbox mine = new Checkbox("Only mine");
    final Tabs mode = new Tabs();
    final Tab boardTab = new Tab(VaadinIcon.GRID_BIG_O.create(), new Span("Board"));
    final Tab listTab = new Tab(VaadinIcon.LIST.create(), new Span("List"));
    final Button create = new Button("New deal", VaadinIcon.PLUS.create());
    final Div board = new Div();
    final Grid<DealRow> grid = new Grid<>();
    final Select<DealStage> stageFilter = new Select<>();
    final Select<DealOutcome> outcomeFilter = new Select<>();
    final Span listCount = new Span();
    final Map<Column, Div> columns = new EnumMap<>(Column.class);
    final Map<UUID, Div> cards = new HashMap<>();
    final Map<Column, Span> columnCounts = new EnumMap<>(Column.class);
    final Map<Column, Span> columnTotals = new EnumMap<>(Column.class);

    private final DealService deals;
    private final Display display;
    private final StageMoves moves;
    private final UUID userId;
    private final boolean canEdit;
    private final EmptyState empty;
    private final Div listMode = new Div();

    DealsView(DealService deals, Display display, StageMoves moves, CurrentUser currentUser) {
        this.deals = deals;
        this.display = display;
        this.moves = moves;
        this.userId = currentUser.require().userId();
        this.canEdit = moves.canEdit();
        addClassName("fos-deals-view");
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        setHeightFull();

        ListToolbar.searchField(search, "Title or D-number", "Filter deals", this::refresh);
        accountType.setItems(AccountType.values());
        accountType.setEmptySelectionAllowed(true);
        accountType.setEmptySelectionCaption("All account types");
        accountType.setItemLabelGenerator(t -> t == null ? "All account types" : t.label());
        accountType.setAriaLabel("Account type");
        accountType.addValueChangeListener(e -> refresh());
        minValue.setPlaceholder("Min value");
        minValue.setAriaLabel("Minimum value");
        minValue.setValueChangeMode(ValueChangeMode.LAZY);
        minValue.setWidth("8rem");
        minValue.addValueChangeListener(e -> refresh());
        mine.addValueChangeListener(e -> refresh());
        mode.add(boardTab, listTab);
        mode.addThemeVariants(com.vaadin.flow.component.tabs.TabsVariant.LUMO_SMALL);
        mode.addSelectedChangeListener(e -> showMode());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setVisible(canEdit);
        create.addClickListener(e -> moves.create(null, saved -> refresh()));
        var toolbar = new ListToolbar(List.of(search, accountType, minValue, mine), mode, create);

        board.addClassName("fos-kanban");
        board.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.Overflow.AUTO);
        board.getStyle().set("flex", "1 1 auto").set("min-height", "0").set("padding-bottom", "var(--lumo-space-s)");
        for (Column column : Column.values()) {
            board.add(column(column));
        }

        buildList();

        empty = new EmptyState(
                VaadinIcon.HANDSHAKE,
                "No deals yet",
                "Start the pipeline with a first sponsorship, wholesale or media deal.",
                newDealButton());
        empty.setVisible(false);
        add(toolbar, empty, board, listMode);
        showMode();
    }

    /**
     * {@code ?stage=PITCH} (as the dashboard's charts link) opens the list of the open deals in that stage; an unknown
     * stage is ignored and the board opens as usual.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("stage")
                .flatMap(DealsView::stage)
                .ifPresent(s -> {
                    stageFilter.setValue(s);
                    outcomeFilter.setValue(DealOutcome.OPEN);
                    mode.setSelectedTab(listTab);
                });
    }

    private static java.util.Optional<DealStage> stage(String name) {
        return java.util.Arrays.stream(DealStage.values())
                .filter(s -> s.name().equalsIgnoreCase(name.strip()))
                .findFirst();
    }

    private Button newDealButton() {
        var b = new Button("Create the first deal", e -> moves.create(null, saved -> refresh()));
        b.addThemeVariants(ButtonVariant.PRIMARY);
        b.setVisible(canEdit);
        return b;
    }

    DealFilter filter() {
        String text = search.getValue();
        return DealFilter.all()
                .withText(text == null || text.isBlank() ? null : text.strip())
                .withAccountType(accountType.getValue())
                .withMinValue(minValue.getValue())
                .withOwnerId(mine.getValue() ? userId : null);
    }

    private void showMode() {
        boolean boardMode = mode.getSelectedTab() == boardTab;
        board.setVisible(boardMode);
        listMode.setVisible(!boardMode);
        refresh();
    }

    /** Reloads the visible mode. */
    void refresh() {
        if (mode.getSelectedTab() == listTab) {
            grid.getDataProvider().refreshAll();
            listCount.setText(count(deals.count(listFilter())));
            empty.setVisible(false);
            return;
        }
        DealFilter filter = filter();
        StageTotals open = deals.totals(filter);
        StageTotals won = deals.totals(filter.withOutcome(DealOutcome.WON));
        StageTotals lost = deals.totals(filter.withOutcome(DealOutcome.LOST));
        cards.clear();
        long total = 0;
        for (Column column : Column.values()) {
            Div body = columns.get(column);
            body.removeAll();
            List<CardData> data;
            long count;
            Map<String, BigDecimal> sums;
            if (column.stage != null) {
                data = deals.cards(column.stage, filter, CARDS_PER_COLUMN).stream()
                        .map(CardData::of)
                        .toList();
                count = open.count(column.stage);
                sums = open.sums(column.stage);
            } else {
                StageTotals t = column.outcome == DealOutcome.WON ? won : lost;
                data = deals
                        .page(
                                filter.withOutcome(column.outcome),
                                Page.of(0, CARDS_PER_COLUMN, SortOrder.desc("stageChangedAt")))
                        .stream()
                        .map(CardData::of)
                        .toList();
                count = 0;
                sums = new HashMap<>();
                for (DealStage s : DealStage.values()) {
                    count += t.count(s);
                    t.sums(s).forEach((c, v) -> sums.merge(c, v, BigDecimal::add));
                }
            }
            total += count;
            data.forEach(card -> body.add(card(card)));
            if (data.isEmpty()) {
                var none = new Span(column.outcome == null ? "Drop a deal here" : "None yet");
                none.addClassNames(
                        LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.TERTIARY, LumoUtility.Padding.SMALL);
                body.add(none);
            } else if (count > data.size()) {
                var more = new Span("+" + (count - data.size()) + " more in list mode");
                more.addClassNames(
                        LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.Padding.SMALL);
                body.add(more);
            }
            columnCounts.get(column).setText(Long.toString(count));
            columnTotals.get(column).setText(Display.moneyByCurrency(sums));
        }
        boolean nothing = total == 0 && filter.equals(DealFilter.all());
        empty.setVisible(nothing);
        board.setVisible(!nothing);
    }

    private Div column(Column column) {
        var title = new H2(column.label);
        title.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        var count = new Span("0");
        count.getElement().getThemeList().add("badge contrast pill small");
        count.addClassName("fos-column-count");
        var sums = new Span("—");
        sums.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY, "fos-column-total");
        sums.getStyle().set("flex-basis", "100%");
        var header = new Div(title, count, sums);
        header.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexWrap.WRAP,
                LumoUtility.AlignItems.CENTER,
                LumoUtility.Gap.SMALL,
                LumoUtility.Padding.SMALL);
        var body = new Div();
        body.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL,
                LumoUtility.Padding.SMALL,
                LumoUtility.Overflow.AUTO);
        body.getStyle().set("flex", "1 1 auto");
        columns.put(column, body);
        columnCounts.put(column, count);
        columnTotals.put(column, sums);
        var col = new Div(header, body);
        col.addClassName("fos-kanban-column");
        col.getElement().setAttribute("data-column", column.name());
        col.getElement().setAttribute("aria-label", column.label + " column");
        col.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Background.CONTRAST_5,
                LumoUtility.BorderRadius.LARGE);
        col.getStyle().set("flex", "1 0 13rem").set("min-width", "13rem").set("max-width", "20rem");
        if (canEdit) {
            DropTarget<Div> target = DropTarget.create(col);
            target.setDropEffect(DropEffect.MOVE);
            target.addDropListener(event -> event.getDragData()
                    .filter(UUID.class::isInstance)
                    .map(UUID.class::cast)
                    .ifPresent(dealId -> drop(dealId, column)));
        }
        return col;
    }

    /** What a drop on a column does: a stage move (gate-checked), won, or lost (asks why). */
    void drop(UUID dealId, Column column) {
        if (!canEdit) {
            return;
        }
        if (column.stage != null) {
            moves.move(dealId, column.stage, this::refresh);
        } else if (column.outcome == DealOutcome.WON) {
            moves.win(dealId, this::refresh);
        } else {
            moves.lose(dealId, this::refresh);
        }
    }

    /** A card's content, from a kanban card or a list row. */
    record CardData(
            UUID id,
            String reference,
            String title,
            String account,
            @Nullable BigDecimal value,
            String currency,
            Instant stageChangedAt,
            DealStage stage,
            @Nullable String owner) {

        static CardData of(DealCard c) {
            return new CardData(
                    c.id(),
                    c.reference(),
                    c.title(),
                    c.accountName(),
                    c.valueForecast(),
                    c.currency(),
                    c.stageChangedAt(),
                    c.stage(),
                    c.ownerName());
        }

        static CardData of(DealRow r) {
            return new CardData(
                    r.id(),
                    r.reference(),
                    r.title(),
                    r.accountName(),
                    r.valueForecast(),
                    r.currency(),
                    r.stageChangedAt(),
                    r.stage(),
                    r.ownerName());
        }
    }

    private Div card(CardData data) {
        var ref = new Span(data.reference());
        ref.addClassNames(LumoUtility.FontSize.XXSMALL, LumoUtility.TextColor.SECONDARY);
        var title = new Span(data.title());
        title.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.FontWeight.SEMIBOLD);
        var account = new Span(data.account());
        account.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        var value = new Span(Display.money(data.value(), data.currency()));
        value.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.FontWeight.MEDIUM, "fos-card-value");
        long days = Display.daysSince(data.stageChangedAt());
        var age = new Span(
                days + (days == 1 ? " day" : " days") + " in " + data.stage().label());
        age.addClassNames(LumoUtility.FontSize.XXSMALL, LumoUtility.TextColor.SECONDARY);
        var owner = new Span(data.owner() == null ? "No owner" : data.owner());
        owner.addClassNames(LumoUtility.FontSize.XXSMALL, LumoUtility.TextColor.SECONDARY);
        var footer = new Div(age, owner);
        footer.addClassNames(LumoUtility.Display.FLEX, LumoUtility.JustifyContent.BETWEEN, LumoUtility.Gap.SMALL);
        var card = new Div(ref, title, account, value, footer);
        card.addClassName("fos-deal-card");
        card.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.XSMALL,
                LumoUtility.Background.BASE,
                LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.BoxShadow.XSMALL,
                LumoUtility.Padding.SMALL);
        card.getStyle().set("cursor", canEdit ? "grab" : "pointer");
        card.getElement().setAttribute("data-deal", data.id().toString());
        card.getElement().setAttribute("tabindex", "0");
        card.getElement().setAttribute("role", "link");
        card.getElement().setAttribute("aria-label", data.reference() + " " + data.title() + ", " + data.account());
        card.addClickListener(e -> open(data.id()));
        card.addClickShortcut(Key.ENTER).setEventPropagationAllowed(false);
        if (canEdit) {
            DragSource<Div> source = DragSource.create(card);
            source.setDragData(data.id());
            source.setEffectAllowed(com.vaadin.flow.component.dnd.EffectAllowed.MOVE);
        }
        ComponentUtil.setData(card, UUID.class, data.id());
        cards.put(data.id(), card);
        return card;
    }

    private void open(UUID dealId) {
        getUI().ifPresent(ui -> ui.navigate("crm/deals/" + dealId));
    }

    // ---- list mode ----

    private DealFilter listFilter() {
        return filter().withStage(stageFilter.getValue()).withOutcome(outcomeFilter.getValue());
    }

    private void buildList() {
        stageFilter.setItems(DealStage.values());
        stageFilter.setEmptySelectionAllowed(true);
        stageFilter.setItemLabelGenerator(s -> s == null ? "All stages" : s.label());
        stageFilter.setAriaLabel("Stage");
        stageFilter.addValueChangeListener(e -> refresh());
        outcomeFilter.setItems(DealOutcome.values());
        outcomeFilter.setEmptySelectionAllowed(true);
        outcomeFilter.setItemLabelGenerator(o -> o == null ? "Open, won and lost" : label(o));
        outcomeFilter.setAriaLabel("Outcome");
        outcomeFilter.addValueChangeListener(e -> refresh());
        listCount.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        var bar = new Div(stageFilter, outcomeFilter, listCount);
        bar.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.CENTER);

        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(DealRow::reference)
                .setHeader("Ref")
                .setSortProperty("number")
                .setKey("number")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(DealRow::title)
                .setHeader("Title")
                .setSortProperty("title")
                .setKey("title")
                // wide enough to read at laptop width; the narrow columns scroll in beside it
                .setWidth("16rem")
                .setFlexGrow(3);
        grid.addColumn(DealRow::accountName)
                .setHeader("Account")
                .setSortProperty("account")
                .setKey("account")
                .setWidth("10rem")
                .setFlexGrow(1);
        grid.addColumn(r -> r.stage().label() + (r.outcome() == DealOutcome.OPEN ? "" : " · " + label(r.outcome())))
                .setHeader("Stage")
                .setSortProperty("stage")
                .setKey("stage")
                .setAutoWidth(true);
        grid.addColumn(r -> Display.money(r.valueForecast(), r.currency()))
                .setHeader("Value")
                .setSortProperty("value")
                .setKey("value")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(r -> display.date(r.expectedClose()))
                .setHeader("Expected close")
                .setSortProperty("expectedClose")
                .setKey("expectedClose")
                .setAutoWidth(true);
        grid.addColumn(r -> Display.daysSince(r.stageChangedAt()) + " d")
                .setHeader("In stage")
                .setSortProperty("stageChangedAt")
                .setKey("stageChangedAt")
                .setAutoWidth(true);
        grid.addColumn(r -> r.ownerName() == null ? "—" : r.ownerName())
                .setHeader("Owner")
                .setAutoWidth(true);
        grid.setItems(query -> deals.page(listFilter(), Queries.page(query)).stream());
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.setEmptyStateText("No deals match these filters.");
        grid.setHeightFull();
        listMode.add(bar, grid);
        listMode.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        listMode.getStyle().set("flex", "1 1 auto").set("min-height", "24rem");
    }

    private static String count(long n) {
        return n == 1 ? "1 deal" : String.format(java.util.Locale.UK, "%,d deals", n);
    }

    static String label(DealOutcome outcome) {
        return switch (outcome) {
            case OPEN -> "Open";
            case WON -> "Won";
            case LOST -> "Lost";
        };
    }
}

package com.fashionos.ui.contact;

import com.fashionos.crm.brand.Brand;
import com.fashionos.crm.brand.BrandService;
import com.fashionos.crm.contact.ContactFilter;
import com.fashionos.crm.contact.ContactRow;
import com.fashionos.crm.contact.ContactService;
import com.fashionos.crm.contact.SentimentBand;
import com.fashionos.crm.segment.Segment;
import com.fashionos.crm.segment.SegmentService;
import com.fashionos.ui.activity.Toasts;
import com.fashionos.ui.base.EmptyState;
import com.fashionos.ui.base.Formats;
import com.fashionos.ui.base.HasIntelligence;
import com.fashionos.ui.base.IntelligencePanel;
import com.fashionos.ui.base.Queries;
import com.fashionos.ui.security.CurrentUser;
import com.fashionos.ui.segment.SegmentsChanged;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The global contact registry: a lazy grid paged, sorted and filtered in SQL by the contact service; a text filter
 * and structured filters (sentiment, last activity, open deal value, account type, tags, role, owner) reflected in
 * the URL; segments opened from the sidebar and the current filter saved as one; a column chooser; multi-selection
 * with bulk actions (tag, add to segment, export); and the last clicked or selected contact's key facts in the
 * intelligence panel.
 */
@Route("crm/contacts")
@PageTitle("Contacts · FashionOS CRM")
@Menu(title = "Contacts", order = 1, icon = "vaadin:users")
@PermitAll
class ContactsView extends Div implements HasIntelligence, BeforeEnterObserver {

    static final int PAGE_SIZE = 50;
    static final String COLUMNS_KEY = ContactsView.class.getName() + ".hiddenColumns";
    static final int TAG_CHOICES = 500;

    final TextField filterField = new TextField();
    final Grid<ContactRow> grid = new Grid<>(ContactRow.class, false);
    final Span countLabel = new Span();
    final Button newContact = new Button("New contact", VaadinIcon.PLUS.create());
    final Button saveSegment = new Button("Save as segment", VaadinIcon.BOOKMARK_O.create());
    final Anchor exportAll = new Anchor();
    final EmptyState empty;
    final EmptyState emptyNone;
    final ContactFilterBar filters;
    final ColumnChooser columns;
    final ContactBulkActions bulk;

    private final ContactService contacts;
    private final Clock clock;
    private final String currency;
    private final SegmentService segments;
    final Span segmentChip = new Span();
    private @Nullable Segment openSegment;
    private volatile ContactFilter filter = ContactFilter.all();
    private boolean loading;
    private @Nullable IntelligencePanel intelligence;
    private @Nullable ContactRow focused;

    ContactsView(
            ContactService contacts,
            SegmentService segments,
            BrandService brands,
            CurrentUser currentUser,
            Clock clock) {
        this.contacts = contacts;
        this.segments = segments;
        this.clock = clock;
        this.currency = brands.current().map(Brand::currency).orElse("EUR");
        boolean canEdit = currentUser.hasRole("AGENT");
        addClassNames("fos-list-view", "fos-contacts-view");

        filterField.setPlaceholder("Filter by name, email or role");
        filterField.setPrefixComponent(VaadinIcon.FILTER.create());
        filterField.setClearButtonVisible(true);
        filterField.setValueChangeMode(ValueChangeMode.LAZY);
        filterField.setValueChangeTimeout(300);
        filterField.setAriaLabel("Filter contacts");
        filterField.addClassName("fos-filter");
        filterField.addValueChangeListener(event -> {
            if (!loading) {
                applyText(event.getValue());
            }
        });

        filters = new ContactFilterBar(contacts.tagsInUse(TAG_CHOICES), contacts.owners(), currency);
        filters.addChangeListener(this::criteriaChanged);

        countLabel.addClassName("fos-count");
        newContact.addThemeVariants(ButtonVariant.PRIMARY);
        newContact.addClickListener(event -> getUI().ifPresent(ui -> ui.navigate(NewContactView.class)));
        newContact.setVisible(canEdit);

        saveSegment.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        saveSegment.setTooltipText("Save the current filters as a segment in the sidebar");
        saveSegment.addClickListener(event -> openSaveSegment());
        saveSegment.setVisible(canEdit);

        exportAll.setHref(exportAllHandler(), AttachmentType.DOWNLOAD);
        exportAll.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span("Export"));
        exportAll.addClassName("fos-export-all");
        exportAll.getElement().setAttribute("title", "Download every contact matching the filters as CSV");

        var spacer = new Div();
        spacer.addClassName("fos-spacer");
        segmentChip.addClassName("fos-segment-chip");
        segmentChip.setVisible(false);

        configureGrid();
        columns = new ColumnChooser(
                grid,
                List.of(
                        new ColumnChooser.Choice("role", "Role", true),
                        new ColumnChooser.Choice("account", "Account", true),
                        new ColumnChooser.Choice("email", "Email", true),
                        new ColumnChooser.Choice("tags", "Tags", true),
                        new ColumnChooser.Choice("sentiment", "Sentiment", true),
                        new ColumnChooser.Choice("lastActivity", "Last active", true),
                        new ColumnChooser.Choice("openDealValue", "Open deal value", false),
                        new ColumnChooser.Choice("owner", "Owner", false)),
                COLUMNS_KEY);

        var toolbar = new Div(
                filterField,
                filters.toggle,
                segmentChip,
                countLabel,
                spacer,
                exportAll,
                saveSegment,
                columns,
                newContact);
        toolbar.addClassNames("fos-toolbar", "fos-contacts-toolbar");

        bulk = new ContactBulkActions(
                contacts, segments, canEdit, () -> grid.getDataProvider().refreshAll(), grid::deselectAll);

        var clearFilters = new Button("Clear filters", VaadinIcon.CLOSE_SMALL.create(), event -> clearAll());
        clearFilters.addThemeVariants(ButtonVariant.PRIMARY);
        empty = new EmptyState(
                VaadinIcon.FILTER,
                "No contacts match",
                "Nothing matches these filters. Loosen one of them, or clear them to see every contact of this brand.",
                clearFilters);
        empty.setVisible(false);
        var create = new Button("New contact", VaadinIcon.PLUS.create(), event -> newContact.click());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setVisible(canEdit);
        emptyNone = new EmptyState(
                VaadinIcon.USERS,
                "No contacts yet",
                "Contacts of this brand appear here once they are added or imported.",
                create);
        emptyNone.setVisible(false);

        add(toolbar, filters, bulk, grid, empty, emptyNone);
        refresh();
    }

    private void configureGrid() {
        grid.addClassName("fos-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(PAGE_SIZE);
        grid.setMultiSort(false);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);

        var name = grid.addComponentColumn(ContactsView::nameCell)
                .setHeader("Name")
                .setKey("name")
                .setSortProperty("name")
                .setFlexGrow(3)
                .setAutoWidth(false)
                .setWidth("12rem")
                .setFrozen(true);
        grid.addColumn(row -> orDash(row.role()))
                .setHeader("Role")
                .setKey("role")
                .setFlexGrow(2)
                .setWidth("9rem");
        grid.addColumn(row -> orDash(row.accountName()))
                .setHeader("Account")
                .setKey("account")
                .setSortProperty("account")
                .setFlexGrow(2)
                .setWidth("9rem");
        grid.addColumn(row -> orDash(row.email()))
                .setHeader("Email")
                .setKey("email")
                .setFlexGrow(2)
                .setWidth("12rem");
        grid.addComponentColumn(ContactsView::tagsCell)
                .setHeader("Tags")
                .setKey("tags")
                .setFlexGrow(2)
                .setWidth("8rem");
        grid.addComponentColumn(ContactsView::sentimentCell)
                .setHeader("Sentiment")
                .setKey("sentiment")
                .setSortProperty("sentiment")
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(0)
                .setWidth("6.5rem");
        grid.addColumn(row -> Formats.ago(row.lastActivityAt(), clock.instant()))
                .setHeader("Last active")
                .setKey("lastActivity")
                .setSortProperty("lastActivity")
                .setFlexGrow(0)
                .setWidth("7.5rem");
        grid.addColumn(row -> row.openDealValue().signum() == 0 ? "—" : Formats.money(row.openDealValue(), currency))
                .setHeader("Open deals")
                .setKey("openDealValue")
                .setSortProperty("openDealValue")
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(0)
                .setWidth("8rem");
        grid.addColumn(row -> orDash(row.ownerName()))
                .setHeader("Owner")
                .setKey("owner")
                .setFlexGrow(1)
                .setWidth("8rem");
        grid.sort(GridSortOrder.asc(name).build());

        grid.setItems(query -> contacts.page(filter, Queries.page(query)).stream())
                .setIdentifierProvider(ContactRow::id);
        grid.asMultiSelect().addSelectionListener(event -> {
            bulk.setSelection(
                    event.getAllSelectedItems().stream().map(ContactRow::id).collect(Collectors.toSet()));
            event.getAddedSelection().stream().reduce((a, b) -> b).ifPresent(this::focus);
        });
        grid.addItemClickListener(event -> focus(event.getItem()));
        grid.addItemDoubleClickListener(event -> open360(event.getItem()));
    }

    private void open360(ContactRow row) {
        getUI().ifPresent(ui -> ui.navigate("crm/contacts/" + row.id()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = ContactQuery.from(event.getLocation().getQueryParameters());
        loading = true;
        try {
            openSegment = null;
            segmentChip.setVisible(false);
            String text = query.filter().text();
            filterField.setValue(text == null ? "" : text);
            if (query.segmentId() != null) {
                showSegment(query.segmentId(), text);
            } else {
                filters.setFilter(query.filter());
                filter = filters.applyTo(ContactFilter.all()).withText(text);
            }
            if (filters.isActive()) {
                filters.setPanelOpen(true);
            }
        } finally {
            loading = false;
        }
        refresh();
    }

    private void showSegment(UUID id, @Nullable String text) {
        Segment segment;
        try {
            segment = segments.get(id);
        } catch (NoSuchElementException e) {
            Toasts.error("That segment no longer exists; showing all contacts.");
            filters.setFilter(ContactFilter.all());
            filter = ContactFilter.all().withText(text);
            return;
        }
        openSegment = segment;
        filters.setFilter(segment.filter());
        String segmentText = segment.filter().text();
        if (text == null && segmentText != null) {
            filterField.setValue(segmentText);
            text = segmentText;
        }
        filter = segment.scope().withText(text);
        segmentChip.removeAll();
        var clear = new Button(VaadinIcon.CLOSE_SMALL.create(), event -> leaveSegment());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        clear.setAriaLabel("Show all contacts");
        var label = new Span("Segment: " + segment.name());
        segmentChip.add(label, clear);
        segmentChip.getElement().setAttribute("title", "Its filters, plus the contacts added to it by hand");
        segmentChip.setVisible(true);
    }

    private void leaveSegment() {
        openSegment = null;
        segmentChip.setVisible(false);
        loading = true;
        try {
            filters.setFilter(ContactFilter.all());
        } finally {
            loading = false;
        }
        filter = ContactFilter.all().withText(filter.text());
        changed();
    }

    /** The filter bar changed: a segment that was open is left, since its criteria no longer apply as saved. */
    private void criteriaChanged() {
        if (loading) {
            return;
        }
        if (openSegment != null) {
            openSegment = null;
            segmentChip.setVisible(false);
        }
        filter = filters.applyTo(ContactFilter.all()).withText(filter.text());
        changed();
    }

    private void applyText(@Nullable String text) {
        filter = filter.withText(text == null || text.isBlank() ? null : text.strip());
        changed();
    }

    /** Clears the text, every filter and the open segment. */
    void clearAll() {
        loading = true;
        try {
            openSegment = null;
            segmentChip.setVisible(false);
            filterField.clear();
            filters.setFilter(ContactFilter.all());
        } finally {
            loading = false;
        }
        filter = ContactFilter.all();
        changed();
    }

    private void changed() {
        refresh();
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(
                        null,
                        new Location(
                                "crm/contacts",
                                new ContactQuery(filter, openSegment == null ? null : openSegment.id())
                                        .toParameters())));
    }

    /** The filter the grid shows now. */
    ContactFilter filter() {
        return filter;
    }

    private void refresh() {
        grid.deselectAll();
        focused = null;
        showIntelligence(null);
        var count = contacts.count(filter);
        countLabel.setText(Formats.count(count, "contact", "contacts"));
        boolean none = count.value() == 0;
        boolean narrowed = openSegment != null || filter.text() != null || filter.hasCriteria();
        grid.setVisible(!none);
        empty.setVisible(none && narrowed);
        emptyNone.setVisible(none && !narrowed);
        exportAll.setEnabled(!none);
        grid.getDataProvider().refreshAll();
    }

    private void openSaveSegment() {
        var toSave = filter.withIncludeMembersOf(null);
        String summary = toSave.hasCriteria() || toSave.text() != null
                ? "Saves the current filters (" + countLabel.getText() + " now); the segment stays up to date."
                : "No filters are set: this saves an empty hand-picked list. Add contacts to it with \"Add to"
                        + " segment…\".";
        new SaveSegmentDialog(summary, (name, shared) -> segments.create(name, null, toSave, shared), saved -> {
                    var count = contacts.count(saved.scope());
                    Toasts.success("Saved segment “" + saved.name() + "” ("
                            + Formats.count(count, "contact", "contacts") + ")");
                    SegmentsChanged.fire();
                    getUI().ifPresent(ui -> ui.navigate(
                            "crm/contacts",
                            new ContactQuery(ContactFilter.all().withText(toSave.text()), saved.id()).toParameters()));
                })
                .open();
    }

    private DownloadHandler exportAllHandler() {
        return event -> {
            ContactFilter current = filter;
            event.setFileName("contacts.csv");
            event.setContentType("text/csv; charset=UTF-8");
            var out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            contacts.exportCsv(current, out);
            out.flush();
        };
    }

    private void focus(ContactRow row) {
        focused = row;
        showIntelligence(row);
    }

    @Override
    public void bindIntelligence(IntelligencePanel panel) {
        this.intelligence = panel;
        showIntelligence(focused);
    }

    private void showIntelligence(@Nullable ContactRow row) {
        if (intelligence == null) {
            return;
        }
        if (row == null) {
            intelligence.showEmpty();
            return;
        }
        String subtitle = row.role() == null
                ? row.accountName()
                : row.accountName() == null ? row.role() : row.role() + " · " + row.accountName();
        intelligence.show(
                row.name(),
                subtitle,
                IntelligencePanel.fact("Email", row.email()),
                IntelligencePanel.fact("WhatsApp", row.whatsapp()),
                IntelligencePanel.fact(
                        "Account type",
                        row.accountType() == null ? null : row.accountType().label()),
                IntelligencePanel.fact("Tags", String.join(", ", row.tags())),
                IntelligencePanel.fact("Sentiment", sentimentText(row)),
                IntelligencePanel.fact("Last active", Formats.ago(row.lastActivityAt(), clock.instant())),
                IntelligencePanel.fact(
                        "Open deal value",
                        row.openDealValue().signum() == 0 ? null : Formats.money(row.openDealValue(), currency)),
                IntelligencePanel.fact("Owner", row.ownerName()),
                openButton(row),
                aiNote());
    }

    private Component openButton(ContactRow row) {
        var open = new Button("Open contact", VaadinIcon.ARROW_RIGHT.create(), event -> open360(row));
        open.setIconAfterText(true);
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return open;
    }

    private static Component aiNote() {
        var note = new Span("No AI enrichment has run for this contact yet. Suggestions appear here with their "
                + "sources once it has.");
        note.addClassName("fos-intel-note");
        return note;
    }

    private static String sentimentText(ContactRow row) {
        SentimentBand band = SentimentBand.of(row.sentimentScore());
        if (band == null) {
            return "Not scored yet";
        }
        return label(band) + " (" + Formats.sentiment(row.sentimentScore()) + ")";
    }

    private static Component nameCell(ContactRow row) {
        var name = new Span(row.name());
        name.addClassName("fos-cell-primary");
        return name;
    }

    private static Component tagsCell(ContactRow row) {
        var cell = new Div();
        cell.addClassName("fos-tags");
        row.tags().stream().limit(3).forEach(tag -> {
            var chip = new Span(tag);
            chip.addClassName("fos-tag");
            cell.add(chip);
        });
        if (row.tags().size() > 3) {
            var more = new Span("+" + (row.tags().size() - 3));
            more.addClassName("fos-tag-more");
            cell.add(more);
        }
        return cell;
    }

    private static Component sentimentCell(ContactRow row) {
        var cell = new Span(Formats.sentiment(row.sentimentScore()));
        SentimentBand band = SentimentBand.of(row.sentimentScore());
        cell.addClassName("fos-sentiment");
        if (band != null) {
            cell.addClassName("fos-sentiment-" + band.name().toLowerCase(Locale.ROOT));
            cell.getElement().setAttribute("title", label(band));
        }
        return cell;
    }

    static String label(SentimentBand band) {
        return switch (band) {
            case POSITIVE -> "Warm";
            case NEUTRAL -> "Neutral";
            case NEGATIVE -> "Cool";
        };
    }

    private static String orDash(@Nullable String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}

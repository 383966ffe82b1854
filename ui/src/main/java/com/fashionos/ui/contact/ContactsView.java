package com.fashionos.ui.contact;

import com.fashionos.crm.brand.Brand;
import com.fashionos.crm.brand.BrandService;
import com.fashionos.crm.common.Page;
import com.fashionos.crm.common.SortOrder;
import com.fashionos.crm.contact.ContactFilter;
import com.fashionos.crm.contact.ContactRow;
import com.fashionos.crm.contact.ContactService;
import com.fashionos.crm.contact.SentimentBand;
import com.fashionos.crm.segment.Segment;
import com.fashionos.crm.segment.SegmentService;
import com.fashionos.ui.base.EmptyState;
import com.fashionos.ui.base.Formats;
import com.fashionos.ui.base.HasIntelligence;
import com.fashionos.ui.base.IntelligencePanel;
import com.fashionos.ui.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The global contact registry: a lazy grid paged, sorted and filtered in SQL by the contact service, a text
 * filter, the number of matches, and the selected contact's key facts in the intelligence panel.
 */
@Route("crm/contacts")
@PageTitle("Contacts · FashionOS CRM")
@Menu(title = "Contacts", order = 1, icon = "vaadin:users")
@PermitAll
class ContactsView extends Div implements HasIntelligence, BeforeEnterObserver {

    static final int PAGE_SIZE = 50;

    final TextField filterField = new TextField();
    final Grid<ContactRow> grid = new Grid<>(ContactRow.class, false);
    final Span countLabel = new Span();
    final Button newContact = new Button("New contact", VaadinIcon.PLUS.create());
    final EmptyState empty;

    private final ContactService contacts;
    private final Clock clock;
    private final String currency;
    private final SegmentService segments;
    final Span segmentChip = new Span();
    private ContactFilter filter = ContactFilter.all();
    private @Nullable IntelligencePanel intelligence;

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
        addClassName("fos-list-view");

        filterField.setPlaceholder("Filter by name, email or role");
        filterField.setPrefixComponent(VaadinIcon.FILTER.create());
        filterField.setClearButtonVisible(true);
        filterField.setValueChangeMode(ValueChangeMode.LAZY);
        filterField.setValueChangeTimeout(300);
        filterField.setAriaLabel("Filter contacts");
        filterField.addClassName("fos-filter");
        filterField.addValueChangeListener(event -> applyText(event.getValue()));

        countLabel.addClassName("fos-count");
        newContact.addThemeVariants(ButtonVariant.PRIMARY);
        newContact.addClickListener(event -> getUI().ifPresent(ui -> ui.navigate(NewContactView.class)));
        newContact.setVisible(currentUser.hasRole("AGENT"));

        var spacer = new Div();
        spacer.addClassName("fos-spacer");
        segmentChip.addClassName("fos-segment-chip");
        segmentChip.setVisible(false);
        var toolbar = new Div(filterField, segmentChip, countLabel, spacer, newContact);
        toolbar.addClassName("fos-toolbar");

        configureGrid();
        empty = new EmptyState(
                VaadinIcon.USERS,
                "No contacts match",
                "Try a shorter filter, or clear it to see every contact of this brand.");
        empty.setVisible(false);

        add(toolbar, grid, empty);
        refresh();
    }

    private void configureGrid() {
        grid.addClassName("fos-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(PAGE_SIZE);
        grid.setMultiSort(false);

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
        grid.sort(GridSortOrder.asc(name).build());

        grid.setItems(query -> contacts
                .page(
                        filter,
                        new Page(
                                query.getOffset(),
                                Math.min(query.getLimit(), Page.MAX_LIMIT),
                                query.getSortOrders().stream()
                                        .map(order -> new SortOrder(
                                                order.getSorted(), order.getDirection() == SortDirection.ASCENDING))
                                        .toList()))
                .stream());
        grid.asSingleSelect().addValueChangeListener(event -> showIntelligence(event.getValue()));
        grid.addItemDoubleClickListener(event -> open360(event.getItem()));
    }

    private void open360(ContactRow row) {
        getUI().ifPresent(ui -> ui.navigate("crm/contacts/" + row.id()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> q =
                event.getLocation().getQueryParameters().getParameters().get("q");
        if (q != null && !q.isEmpty() && !q.getFirst().isBlank()) {
            filterField.setValue(q.getFirst());
        }
    }

    private void showSegment(String id) {
        try {
            Segment segment = segments.get(UUID.fromString(id));
            filter = segment.filter();
            segmentChip.removeAll();
            var clear = new Button(VaadinIcon.CLOSE_SMALL.create(), event -> {
                filter = ContactFilter.all().withText(filter.text());
                segmentChip.setVisible(false);
                refresh();
            });
            clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            clear.setAriaLabel("Show all contacts");
            segmentChip.add(new Span("Segment: " + segment.name()), clear);
            segmentChip.setVisible(true);
            refresh();
        } catch (IllegalArgumentException | NoSuchElementException e) {
            segmentChip.setVisible(false);
        }
    }

    private void applyText(@Nullable String text) {
        filter = filter.withText(text == null || text.isBlank() ? null : text.strip());
        refresh();
    }

    private void refresh() {
        grid.deselectAll();
        var count = contacts.count(filter);
        countLabel.setText(Formats.count(count, "contact", "contacts"));
        boolean none = count.value() == 0;
        grid.setVisible(!none);
        empty.setVisible(none);
        grid.getDataProvider().refreshAll();
    }

    @Override
    public void bindIntelligence(IntelligencePanel panel) {
        this.intelligence = panel;
        showIntelligence(grid.asSingleSelect().getValue());
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

    private static String label(SentimentBand band) {
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

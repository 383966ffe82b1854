package com.fashionos.ui.contact;

import com.fashionos.crm.account.AccountOption;
import com.fashionos.crm.account.AccountService;
import com.fashionos.crm.activity.ActivityService;
import com.fashionos.crm.activity.ActivityType;
import com.fashionos.crm.activity.TaskLinks;
import com.fashionos.crm.common.Page;
import com.fashionos.crm.common.ValidationException;
import com.fashionos.crm.contact.Contact;
import com.fashionos.crm.contact.ContactForm;
import com.fashionos.crm.contact.ContactService;
import com.fashionos.crm.contact.DuplicateHint;
import com.fashionos.crm.contact.RelatedContact;
import com.fashionos.crm.deal.DealFilter;
import com.fashionos.crm.deal.DealService;
import com.fashionos.ui.activity.ActivityPanels;
import com.fashionos.ui.activity.Display;
import com.fashionos.ui.activity.Permissions;
import com.fashionos.ui.activity.TaskPanel;
import com.fashionos.ui.activity.Timeline;
import com.fashionos.ui.activity.Toasts;
import com.fashionos.ui.base.EmptyState;
import com.fashionos.ui.base.Forms;
import com.fashionos.ui.base.HasIntelligence;
import com.fashionos.ui.base.IntelligencePanel;
import com.fashionos.ui.base.RecordHeader;
import com.fashionos.ui.base.RouteRecord;
import com.fashionos.ui.base.Tiles;
import com.fashionos.ui.deal.DealsOfGrid;
import com.fashionos.ui.draft.DraftPanel;
import com.fashionos.ui.draft.DraftPanels;
import com.fashionos.ui.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Contact 360: a person's key facts, tasks and notes (Overview), their timeline with hand-logged calls, notes,
 * meetings, emails and WhatsApps (Activity Timeline), their deals (Deals) and the people around them (Related
 * Contacts). AGENT+ edit and log, MANAGER+ delete with undo. The intelligence panel shows facts and an honest empty
 * state until enrichment exists.
 */
@Route("crm/contacts/:contactId")
@PermitAll
public class ContactDetailView extends Div implements BeforeEnterObserver, HasDynamicTitle, HasIntelligence {

    private final ContactService contacts;
    private final AccountService accounts;
    private final DealService deals;
    private final ActivityService activities;
    private final ActivityPanels activityPanels;
    private final Display display;
    private final DraftPanels draftPanels;
    private final boolean canEdit;
    private final boolean canDelete;

    private final RouteRecord<Contact> contact;
    private @Nullable IntelligencePanel intelligence;

    @Nullable
    Timeline timeline;

    @Nullable
    TaskPanel tasks;

    final Button logActivity = new Button("Log activity", VaadinIcon.PLUS.create());
    final Button edit = new Button("Edit", VaadinIcon.EDIT.create());
    final Button delete = new Button(VaadinIcon.TRASH.create());
    final Div related = new Div();

    @Nullable
    Tab overviewTab;

    @Nullable
    Tab timelineTab;

    @Nullable
    Tab dealsTab;

    @Nullable
    Tab relatedTab;

    ContactDetailView(
            ContactService contacts,
            AccountService accounts,
            DealService deals,
            ActivityService activities,
            ActivityPanels activityPanels,
            Display display,
            CurrentUser currentUser,
            DraftPanels draftPanels) {
        this.draftPanels = draftPanels;
        this.contacts = contacts;
        this.accounts = accounts;
        this.deals = deals;
        this.activities = activities;
        this.activityPanels = activityPanels;
        this.display = display;
        this.canEdit = Permissions.canEdit(currentUser);
        this.canDelete = Permissions.canDelete(currentUser);
        this.contact = new RouteRecord<>("contactId", "contact", RouteRecord.byUuid(id -> contacts.get(id)
                .filter(c -> !c.deleted())));
        addClassName("fos-contact-360");
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        logActivity.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LUMO_SMALL);
        logActivity.addClickListener(e -> openLog(ActivityType.CALL));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.addClickListener(e -> new EditDialog(requireContact()).open());
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.ERROR);
        delete.setAriaLabel("Delete contact");
        delete.setTooltipText("Delete contact");
        delete.addClickListener(e -> deleteContact());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        contact.load(event).ifPresent(c -> render());
    }

    @Override
    public String getPageTitle() {
        return contact.pageTitle(Contact::name);
    }

    Contact requireContact() {
        return contact.require();
    }

    private void reload() {
        Contact fresh = contacts.get(requireContact().id()).orElseThrow();
        if (!fresh.name().equals(requireContact().name())) {
            // the heading and the tab title carry the name: navigate afresh
            contact.show(fresh);
            getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
            return;
        }
        contact.show(fresh);
        int selected = currentTabs == null ? 0 : currentTabs.getSelectedIndex();
        render();
        if (currentTabs != null) {
            currentTabs.setSelectedIndex(selected);
        }
        if (intelligence != null) {
            bindIntelligence(intelligence);
        }
    }

    private void render() {
        Contact c = requireContact();
        removeAll();
        var fresh = new TabSheet();
        fresh.setWidthFull();
        var empty = new EmptyState(
                VaadinIcon.CLIPBOARD_TEXT,
                "No activity with " + c.name() + " yet",
                "Log the first call, meeting or note to start the relationship history.");
        var tl = new Timeline(display, page -> activities.forContact(c.id(), page), false, empty);
        timeline = tl;
        tasks = activityPanels.tasks(TaskLinks.contact(c.id()), tl, canEdit);
        overviewTab = fresh.add("Overview", overview(c));
        timelineTab = fresh.add("Activity Timeline", timelineTab(tl));
        dealsTab = fresh.add("Deals", dealsTab(c));
        relatedTab = fresh.add("Related Contacts", relatedTab(c));
        currentTabs = fresh;
        add(header(c), fresh);
    }

    /** The tab sheet currently shown (rebuilt on reload). */
    @Nullable
    TabSheet currentTabs;

    private Component header(Contact c) {
        // the layout's heading already names the contact: the header adds who they are, not the name again
        var avatar = new Avatar(c.name());
        var sub = RecordHeader.facts("fos-contact-sub");
        if (c.role() != null) {
            sub.add(new Span(c.role()));
        }
        if (c.accountId() != null) {
            accounts.get(c.accountId()).ifPresent(a -> sub.add(new Anchor("crm/accounts/" + a.id(), a.name())));
        }
        for (String tag : c.tags()) {
            var badge = new Span(tag);
            badge.getElement().getThemeList().add("badge contrast small");
            sub.add(badge);
        }
        if (c.role() == null && c.accountId() == null && c.tags().isEmpty()) {
            sub.add(new Span("No role or account yet"));
        }
        var left = new Div(avatar, sub);
        left.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.CENTER);
        logActivity.setVisible(canEdit);
        edit.setVisible(canEdit);
        delete.setVisible(canDelete);
        var header = new RecordHeader(left, logActivity, edit, delete);
        header.addClassName(LumoUtility.AlignItems.CENTER);
        return header;
    }

    private Component overview(Contact c) {
        var facts = new Div(
                fact("Email", c.email()),
                fact("WhatsApp", c.whatsapp()),
                fact("Phone", c.phone()),
                fact("City", join(c.city(), c.country())),
                fact("Language", c.language().toUpperCase(Locale.ROOT)),
                fact("Sentiment", sentiment(c)),
                fact("Last active", c.lastActivityAt() == null ? "never" : display.when(c.lastActivityAt())),
                fact("Open deal value", Display.money(c.openDealValue(), display.brandCurrency())));
        facts.addClassNames(LumoUtility.Display.GRID, LumoUtility.Gap.SMALL);
        facts.getStyle().set("grid-template-columns", "repeat(auto-fill, minmax(9.5rem, 1fr))");

        var bioTitle = new H3("Bio");
        bioTitle.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE);
        var bio = new Paragraph(
                c.bioGrounded() != null
                        ? c.bioGrounded()
                        : "No researched bio yet. Enrichment with cited sources arrives with the intelligence agents.");
        bio.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        if (c.bioGrounded() == null) {
            bio.addClassName(LumoUtility.TextColor.SECONDARY);
        }
        var notesTitle = new H3("Notes");
        notesTitle.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE);
        var notes = new Paragraph(c.notes() == null ? "No notes." : c.notes());
        notes.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        notes.getStyle().set("white-space", "pre-line");
        var left = new Div(facts, bioTitle, bio, notesTitle, notes);
        left.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        // at laptop width the tasks wrap below the facts rather than squeezing both into slivers
        left.getStyle().set("flex", "3 1 26rem").set("min-width", "0");
        var right = Tiles.card(tasks);
        right.getStyle().set("flex", "1 1 16rem").set("min-width", "0").set("align-self", "start");
        var box = new Div(left, right);
        box.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.LARGE);
        return box;
    }

    private Component timelineTab(Timeline tl) {
        var box = new Div();
        if (canEdit) {
            var quick = new Div();
            quick.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.FlexWrap.WRAP);
            for (ActivityType type : List.of(
                    ActivityType.CALL,
                    ActivityType.NOTE,
                    ActivityType.MEETING,
                    ActivityType.EMAIL,
                    ActivityType.WHATSAPP)) {
                var b = new Button("Log " + type.label().toLowerCase(Locale.ROOT), e -> openLog(type));
                b.addThemeVariants(ButtonVariant.LUMO_SMALL);
                quick.add(b);
            }
            box.add(quick);
        }
        box.add(tl);
        box.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        return box;
    }

    private Component dealsTab(Contact c) {
        var grid = new DealsOfGrid(
                deals,
                DealFilter.all().withContactId(c.id()),
                c.name(),
                "Deals where this contact is the primary contact or a stakeholder show up here.");
        grid.addColumn(r ->
                        r.primaryContactId() != null && r.primaryContactId().equals(c.id()) ? "Primary" : "Stakeholder")
                .setHeader("Role")
                .setAutoWidth(true);
        dealGridRef = grid;
        return grid;
    }

    @Nullable
    DealsOfGrid dealGridRef;

    private Component relatedTab(Contact c) {
        var box = new Div();
        box.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        List<RelatedContact> people = contacts.related(c.id(), 50);
        if (people.isEmpty()) {
            box.add(new EmptyState(
                    VaadinIcon.USERS,
                    "Nobody related yet",
                    "People at the same account and people sharing a deal with " + c.name() + " appear here."));
        }
        for (RelatedContact r : people) {
            var link = new Anchor("crm/contacts/" + r.id(), r.name());
            link.addClassName(LumoUtility.FontWeight.SEMIBOLD);
            var detail = new Span(Arrays.stream(new @Nullable String[] {r.role(), r.accountName()})
                    .filter(s -> s != null && !s.isBlank())
                    .collect(Collectors.joining(" · ")));
            detail.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
            var relation = new Span(r.relation());
            relation.getElement().getThemeList().add("badge small");
            var row = new Div(new Avatar(r.name()), new Div(link, detail), relation);
            row.addClassNames(
                    LumoUtility.Display.FLEX, LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.CENTER, "fos-related-row");
            ((Div) row.getComponentAt(1))
                    .addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Flex.GROW);
            box.add(row);
        }
        relatedRef = box;
        return box;
    }

    @Nullable
    Div relatedRef;

    private static Component fact(String label, @Nullable String value) {
        var v = new Span(value == null || value.isBlank() ? "—" : value);
        v.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.FontWeight.MEDIUM);
        v.getStyle().set("overflow-wrap", "anywhere");
        return Tiles.fact(label, v);
    }

    private static @Nullable String join(@Nullable String a, @Nullable String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + ", " + b;
    }

    private static String sentiment(Contact c) {
        if (c.sentimentScore() == null) {
            return "—";
        }
        int s = c.sentimentScore().signum();
        String word = c.sentimentScore().doubleValue() > 0.3
                ? "warm"
                : c.sentimentScore().doubleValue() < -0.3 ? "cool" : "neutral";
        return (s > 0 ? "+" : "")
                + c.sentimentScore().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " (" + word + ")";
    }

    void openLog(ActivityType type) {
        Contact c = requireContact();
        // the activity moves "last active" in the overview and the intelligence panel too
        activityPanels.logDialog(c.id(), null, null, type, this::reload).open();
    }

    private void deleteContact() {
        Contact c = requireContact();
        contacts.delete(c.id());
        getUI().ifPresent(ui -> ui.navigate("crm/contacts"));
        Toasts.deleted(c.name(), () -> contacts.restore(c.id()), () -> getUI().ifPresent(
                        ui -> ui.navigate("crm/contacts/" + c.id())));
    }

    @Override
    public void bindIntelligence(IntelligencePanel panel) {
        intelligence = panel;
        if (contact.current().isEmpty()) {
            return;
        }
        Contact c = contact.require();
        var facts = new Div(
                fact("Role", c.role()),
                fact("Last active", c.lastActivityAt() == null ? "never" : display.when(c.lastActivityAt())),
                fact("Sentiment", sentiment(c)),
                fact("Open deal value", Display.money(c.openDealValue(), display.brandCurrency())));
        facts.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        var honest = new Paragraph("No enrichment or next-best-action for " + c.name() + " yet. They arrive with "
                + "the intelligence agents, always with their sources.");
        honest.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY, "fos-intel-honest");
        DraftPanel draft = draftPanels.forContact(c.id());
        draft.onDelivered(() -> timeline.refresh());
        panel.show(c.name(), c.role(), facts, draft, honest);
    }

    /** Edits the contact: email syntax and WhatsApp (E.164) checked by the service, duplicates warned. */
    final class EditDialog extends Dialog {

        final TextField name = new TextField("Name");
        final EmailField email = new EmailField("Email");
        final TextField whatsapp = new TextField("WhatsApp");
        final TextField phone = new TextField("Phone");
        final TextField role = new TextField("Role");
        final ComboBox<AccountOption> account = new ComboBox<>("Account");
        final TextField city = new TextField("City");
        final TextField country = new TextField("Country");
        final TextField tags = new TextField("Tags");
        final TextArea notes = new TextArea("Notes");
        final Span duplicates = new Span();
        final Button save = new Button("Save");

        EditDialog(Contact c) {
            setHeaderTitle("Edit " + c.name());
            setWidth("38rem");
            var binder = new Binder<Contact>();
            binder.forField(name).asRequired("Name is required").bind(Contact::name, null);
            binder.forField(email).bind(x -> x.email() == null ? "" : x.email(), null);
            binder.forField(whatsapp).bind(x -> x.whatsapp() == null ? "" : x.whatsapp(), null);
            binder.forField(phone).bind(x -> x.phone() == null ? "" : x.phone(), null);
            binder.forField(role).bind(x -> x.role() == null ? "" : x.role(), null);
            binder.forField(city).bind(x -> x.city() == null ? "" : x.city(), null);
            binder.forField(country)
                    .withValidator(v -> v.isBlank() || v.strip().matches("(?i)[a-z]{2}"), "Two letters, e.g. FR or IT")
                    .bind(x -> x.country() == null ? "" : x.country(), null);
            binder.forField(tags).bind(x -> String.join(", ", x.tags()), null);
            binder.forField(notes).bind(x -> x.notes() == null ? "" : x.notes(), null);
            binder.readBean(c);
            whatsapp.setHelperText("With country code, e.g. +33 6 12 34 56 78");
            tags.setHelperText("Comma separated");
            account.setItems(q ->
                    accounts
                            .lookup(q.getFilter().orElse(null), Math.min(q.getOffset() + q.getLimit(), Page.MAX_LIMIT))
                            .stream()
                            .skip(q.getOffset()));
            account.setItemLabelGenerator(a -> a.name() + " · " + a.type().label());
            account.setClearButtonVisible(true);
            if (c.accountId() != null) {
                accounts.get(c.accountId())
                        .ifPresent(a -> account.setValue(new AccountOption(a.id(), a.name(), a.type())));
            }
            duplicates.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.WARNING);
            email.addValueChangeListener(e -> checkDuplicates(c.id()));
            whatsapp.addValueChangeListener(e -> checkDuplicates(c.id()));
            var form = new FormLayout(name, role, email, whatsapp, phone, account, city, country, tags, notes);
            form.setColspan(notes, 2);
            form.setColspan(tags, 2);
            add(form, duplicates);
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.addClickListener(e -> {
                if (!binder.validate().isOk()) {
                    return;
                }
                var form2 = new ContactForm(
                        name.getValue(),
                        email.getValue(),
                        whatsapp.getValue(),
                        phone.getValue(),
                        role.getValue(),
                        account.getValue() == null ? null : account.getValue().id(),
                        city.getValue(),
                        country.getValue(),
                        c.language(),
                        Forms.tags(tags.getValue()),
                        c.sentimentScore(),
                        notes.getValue(),
                        c.ownerId());
                try {
                    contacts.update(c.id(), form2, region());
                } catch (ValidationException ex) {
                    Forms.showError(
                            switch (ex.field()) {
                                case "email" -> email;
                                case "whatsapp" -> whatsapp;
                                case "phone" -> phone;
                                case "country" -> country;
                                case "accountId" -> account;
                                default -> name;
                            },
                            ex);
                    return;
                }
                close();
                Toasts.success(name.getValue() + " saved");
                reload();
            });
            getFooter().add(new Button("Cancel", e -> close()), save);
        }

        private void checkDuplicates(UUID self) {
            List<DuplicateHint> hints = contacts.findDuplicates(email.getValue(), whatsapp.getValue(), self, region());
            duplicates.setText(
                    hints.isEmpty()
                            ? ""
                            : "Possible duplicate: "
                                    + hints.stream().map(DuplicateHint::message).collect(Collectors.joining("; ")));
        }

        private String region() {
            String cc = country.getValue();
            return cc != null && cc.strip().length() == 2 ? cc.strip().toUpperCase(Locale.ROOT) : "FR";
        }
    }
}

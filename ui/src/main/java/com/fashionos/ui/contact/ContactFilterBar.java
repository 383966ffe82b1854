package com.fashionos.ui.contact;

import com.fashionos.crm.account.AccountType;
import com.fashionos.crm.contact.ContactFilter;
import com.fashionos.crm.contact.ContactOwner;
import com.fashionos.crm.contact.SentimentBand;
import com.fashionos.crm.contact.TagMatch;
import com.fashionos.ui.base.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The contact list's structured filters: sentiment band, last activity, minimum open deal value, account type,
 * tags (any or all), role and owner. The fields sit in a panel the "Filters" toggle opens; the active filters show
 * as removable chips with "Clear filters". Every change is reported once, and the view narrows the grid in SQL.
 */
class ContactFilterBar extends Div {

    /** The last-activity choices of the filter. */
    enum Activity {
        WITHIN_7("Active in last 7 days", 7, null),
        WITHIN_30("Active in last 30 days", 30, null),
        WITHIN_90("Active in last 90 days", 90, null),
        INACTIVE_30("Inactive 30+ days", null, 30),
        INACTIVE_90("Inactive 90+ days", null, 90);

        final String label;
        final @Nullable Integer within;
        final @Nullable Integer inactive;

        Activity(String label, @Nullable Integer within, @Nullable Integer inactive) {
            this.label = label;
            this.within = within;
            this.inactive = inactive;
        }

        static @Nullable Activity of(ContactFilter filter) {
            for (Activity a : values()) {
                if (Objects.equals(a.within, filter.lastActiveWithinDays())
                        && Objects.equals(a.inactive, filter.inactiveForDays())) {
                    return a;
                }
            }
            return null;
        }
    }

    final Button toggle = new Button("Filters", VaadinIcon.SLIDERS.create());
    final Select<SentimentBand> sentiment = new Select<>();
    final Select<Activity> activity = new Select<>();
    final BigDecimalField minValue = new BigDecimalField();
    final Select<AccountType> accountType = new Select<>();
    final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    final Select<TagMatch> tagMatch = new Select<>();
    final TextField role = new TextField();
    final Select<ContactOwner> owner = new Select<>();
    final Button clear = new Button("Clear filters", VaadinIcon.CLOSE_SMALL.create());
    final Div panel = new Div();
    final Div chips = new Div();

    private final String currency;
    private final List<Runnable> listeners = new ArrayList<>();
    private final List<ContactOwner> owners;
    private boolean updating;

    ContactFilterBar(List<String> tagsInUse, List<ContactOwner> owners, String currency) {
        this.owners = owners;
        this.currency = currency;
        addClassName("fos-filter-bar");

        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.addClassName("fos-filters-toggle");
        toggle.setAriaLabel("Show or hide filters");
        toggle.getElement().setAttribute("aria-expanded", "false");
        toggle.addClickListener(event -> setPanelOpen(!panel.isVisible()));

        sentiment.setEmptySelectionAllowed(true);
        sentiment.setEmptySelectionCaption("Any sentiment");
        sentiment.setItems(SentimentBand.POSITIVE, SentimentBand.NEUTRAL, SentimentBand.NEGATIVE);
        sentiment.setItemLabelGenerator(b -> b == null ? "Any sentiment" : ContactsView.label(b));
        sentiment.setAriaLabel("Sentiment");
        sentiment.setTooltipText("Sentiment band");

        activity.setEmptySelectionAllowed(true);
        activity.setEmptySelectionCaption("Any activity");
        activity.setItems(Activity.values());
        activity.setItemLabelGenerator(a -> a == null ? "Any activity" : a.label);
        activity.setAriaLabel("Last active");
        activity.setTooltipText("Last active");

        minValue.setPlaceholder("Min open deals");
        minValue.setAriaLabel("Minimum open deal value");
        minValue.setPrefixComponent(new Span(currency));
        minValue.setValueChangeMode(ValueChangeMode.LAZY);
        minValue.setValueChangeTimeout(400);
        minValue.setClearButtonVisible(true);

        accountType.setEmptySelectionAllowed(true);
        accountType.setEmptySelectionCaption("Any account type");
        accountType.setItems(AccountType.values());
        accountType.setItemLabelGenerator(t -> t == null ? "Any account type" : t.label());
        accountType.setAriaLabel("Account type");
        accountType.setTooltipText("Account type");

        tags.setItems(tagsInUse);
        tags.setPlaceholder("Tags");
        tags.setAriaLabel("Tags");
        tags.setClearButtonVisible(true);

        tagMatch.setItems(TagMatch.ALL, TagMatch.ANY);
        tagMatch.setValue(TagMatch.ALL);
        tagMatch.setItemLabelGenerator(m -> m == TagMatch.ANY ? "Any tag" : "All tags");
        tagMatch.setAriaLabel("Tag match");
        tagMatch.addClassName("fos-tag-match");

        role.setPlaceholder("Role contains");
        role.setAriaLabel("Role");
        role.setValueChangeMode(ValueChangeMode.LAZY);
        role.setValueChangeTimeout(300);
        role.setClearButtonVisible(true);

        owner.setEmptySelectionAllowed(true);
        owner.setEmptySelectionCaption("Any owner");
        owner.setItems(owners);
        owner.setItemLabelGenerator(o -> o == null ? "Any owner" : o.name());
        owner.setAriaLabel("Owner");
        owner.setTooltipText("Owner");

        for (HasValue<?, ?> field :
                List.<HasValue<?, ?>>of(sentiment, activity, minValue, accountType, tags, tagMatch, role, owner)) {
            ((Component) field).addClassName("fos-filter-field");
            field.addValueChangeListener(event -> changed());
        }

        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        clear.addClassName("fos-clear-filters");
        clear.addClickListener(event -> clear());

        panel.addClassName("fos-filter-panel");
        panel.add(sentiment, activity, minValue, accountType, tags, tagMatch, role, owner);
        panel.setVisible(false);
        chips.addClassName("fos-filter-chips");
        add(panel, chips);
        renderChips(ContactFilter.all());
    }

    /** Called after every change a user makes to the filters (not after {@link #setFilter}). */
    void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    /** {@code base} with this bar's criteria (its text and accountId are kept). */
    ContactFilter applyTo(ContactFilter base) {
        Activity a = activity.getValue();
        Set<String> chosen = tags.getValue();
        BigDecimal min = minValue.getValue();
        return base.withSentiment(sentiment.getValue())
                .withLastActiveWithinDays(a == null ? null : a.within)
                .withInactiveForDays(a == null ? null : a.inactive)
                .withMinDealValue(min == null || min.signum() <= 0 ? null : min)
                .withAccountType(accountType.getValue())
                .withTags(
                        chosen.isEmpty() ? null : new TreeSet<>(chosen), chosen.isEmpty() ? null : tagMatch.getValue())
                .withRole(role.getValue().isBlank() ? null : role.getValue().strip())
                .withOwnerId(owner.getValue() == null ? null : owner.getValue().id());
    }

    /** Shows {@code filter}'s criteria without reporting a change. */
    void setFilter(ContactFilter filter) {
        updating = true;
        try {
            sentiment.setValue(filter.sentiment());
            activity.setValue(Activity.of(filter));
            minValue.setValue(filter.minDealValue());
            accountType.setValue(filter.accountType());
            Set<String> wanted = filter.tags() == null ? Set.of() : filter.tags();
            tags.setValue(wanted);
            tagMatch.setValue(filter.tagMatch() == TagMatch.ANY ? TagMatch.ANY : TagMatch.ALL);
            role.setValue(filter.role() == null ? "" : filter.role());
            owner.setValue(ownerById(filter.ownerId()));
        } finally {
            updating = false;
        }
        renderChips(applyTo(ContactFilter.all()));
    }

    /** Resets every criterion and reports one change. */
    void clear() {
        setFilter(ContactFilter.all());
        listeners.forEach(Runnable::run);
    }

    /** Whether any criterion is set. */
    boolean isActive() {
        return applyTo(ContactFilter.all()).hasCriteria();
    }

    void setPanelOpen(boolean open) {
        panel.setVisible(open);
        toggle.getElement().setAttribute("aria-expanded", Boolean.toString(open));
        toggle.setClassName("fos-filters-open", open);
    }

    private void changed() {
        if (updating) {
            return;
        }
        renderChips(applyTo(ContactFilter.all()));
        listeners.forEach(Runnable::run);
    }

    private @Nullable ContactOwner ownerById(@Nullable UUID id) {
        return id == null
                ? null
                : owners.stream().filter(o -> o.id().equals(id)).findFirst().orElse(null);
    }

    private void renderChips(ContactFilter f) {
        chips.removeAll();
        if (f.sentiment() != null) {
            chip("Sentiment: " + ContactsView.label(f.sentiment()), () -> sentiment.clear());
        }
        Activity a = Activity.of(f);
        if (a != null) {
            chip(a.label, () -> activity.clear());
        }
        if (f.minDealValue() != null) {
            chip("Open deals ≥ " + Formats.money(f.minDealValue(), currency), () -> minValue.clear());
        }
        if (f.accountType() != null) {
            chip("Type: " + f.accountType().label(), () -> accountType.clear());
        }
        if (f.tags() != null && !f.tags().isEmpty()) {
            String joiner = f.tagMatch() == TagMatch.ANY ? " or " : " and ";
            chip("Tags: " + String.join(joiner, new TreeSet<>(f.tags())), () -> tags.clear());
        }
        if (f.role() != null) {
            chip("Role: " + f.role(), () -> role.clear());
        }
        ContactOwner o = ownerById(f.ownerId());
        if (o != null) {
            chip("Owner: " + o.name(), () -> owner.clear());
        }
        int active = chips.getComponentCount();
        toggle.setText(active == 0 ? "Filters" : "Filters (" + active + ")");
        if (active > 0) {
            chips.add(clear);
        }
        chips.setVisible(active > 0);
    }

    private void chip(String text, Runnable remove) {
        var close = new Button(VaadinIcon.CLOSE_SMALL.create(), event -> remove.run());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel("Remove filter " + text);
        var chip = new Span(new Span(text), close);
        chip.addClassName("fos-filter-chip");
        chips.add(chip);
    }
}

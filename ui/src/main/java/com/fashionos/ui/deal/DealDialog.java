package com.fashionos.ui.deal;

import com.fashionos.crm.account.AccountOption;
import com.fashionos.crm.account.AccountService;
import com.fashionos.crm.common.Page;
import com.fashionos.crm.common.ValidationException;
import com.fashionos.crm.contact.ContactService;
import com.fashionos.crm.deal.Deal;
import com.fashionos.crm.deal.DealForm;
import com.fashionos.crm.deal.DealOwner;
import com.fashionos.crm.deal.DealService;
import com.fashionos.crm.deal.MissingField;
import com.fashionos.ui.activity.Display;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Creates or edits a deal. Field errors show in place (title and account required, value and probability ranges,
 * currency code), the owner is picked among the brand's agents and managers (the creator by default); opened from a
 * failed stage gate it marks the fields the gate needs and focuses the first.
 */
class DealDialog extends Dialog {

    static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP", "CHF", "JPY", "AED", "CNY");

    /** The form's state. */
    static final class Bean {
        @Nullable
        String title;

        @Nullable
        AccountOption account;

        @Nullable
        ContactOption contact;

        @Nullable
        DealOwner owner;

        @Nullable
        BigDecimal value;

        @Nullable
        String currency;

        @Nullable
        LocalDate expectedClose;

        @Nullable
        LocalDate contractSignedAt;

        @Nullable
        Integer probability;

        @Nullable
        BigDecimal actualRoi;

        @Nullable
        String campaign;

        @Nullable
        String notes;
    }

    final TextField title = new TextField("Title");
    final ComboBox<AccountOption> account = new ComboBox<>("Account");
    final ComboBox<ContactOption> contact = new ComboBox<>("Primary contact");
    final ComboBox<DealOwner> owner = new ComboBox<>("Owner");
    final BigDecimalField value = new BigDecimalField("Value forecast");
    final Select<String> currency = new Select<>();
    final DatePicker expectedClose = new DatePicker("Expected close");
    final DatePicker contractSignedAt = new DatePicker("Contract signed");
    final IntegerField probability = new IntegerField("Win probability (%)");
    final BigDecimalField actualRoi = new BigDecimalField("Actual ROI");
    final TextField campaign = new TextField("Campaign");
    final TextArea notes = new TextArea("Notes");
    final Button save = new Button();

    private final Binder<Bean> binder = new Binder<>();
    private final DealService deals;
    private final @Nullable Deal existing;
    private final Consumer<Deal> onSaved;

    DealDialog(
            DealService deals,
            AccountService accounts,
            ContactService contacts,
            Display display,
            @Nullable Deal existing,
            @Nullable UUID presetAccountId,
            @Nullable UUID defaultOwnerId,
            Consumer<Deal> onSaved) {
        this.deals = deals;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(existing == null ? "New deal" : "Edit " + existing.reference());
        setWidth("40rem");
        addClassName("fos-deal-dialog");

        title.setPlaceholder("e.g. Desert Noir SS25 beauty sponsorship");
        title.setMaxLength(200);
        account.setItems(
                query -> accounts
                        .lookup(
                                query.getFilter().orElse(null),
                                Math.min(query.getOffset() + query.getLimit(), Page.MAX_LIMIT))
                        .stream()
                        .skip(query.getOffset()));
        account.setItemLabelGenerator(a -> a.name() + " · " + a.type().label());
        account.setPlaceholder("Type to search accounts");
        contact.setItems(query -> ContactOption.matching(contacts, query)
                .map(c -> new ContactOption(c.id(), c.name(), c.accountName() != null ? c.accountName() : c.role())));
        contact.setItemLabelGenerator(ContactOption::label);
        contact.setClearButtonVisible(true);
        contact.setPlaceholder("Who decides on the other side?");
        List<DealOwner> owners = deals.owners();
        owner.setItems(owners);
        owner.setItemLabelGenerator(DealOwner::label);
        owner.setClearButtonVisible(true);
        owner.setPlaceholder("Nobody yet");
        owner.setHelperText("Who on your team works the deal");
        currency.setLabel("Currency");
        var codes = new ArrayList<>(CURRENCIES);
        String dealCurrency = existing != null ? existing.currency() : display.brandCurrency();
        if (!codes.contains(dealCurrency)) {
            codes.addFirst(dealCurrency);
        }
        currency.setItems(codes);
        value.setPlaceholder("0");
        probability.setMin(0);
        probability.setMax(100);
        probability.setStepButtonsVisible(true);
        notes.setMaxLength(5000);
        notes.setMinHeight("5rem");

        binder.forField(title).asRequired("Give the deal a title").bind(b -> b.title, (b, v) -> b.title = v);
        binder.forField(account).asRequired("A deal needs an account").bind(b -> b.account, (b, v) -> b.account = v);
        binder.forField(contact).bind(b -> b.contact, (b, v) -> b.contact = v);
        binder.forField(owner).bind(b -> b.owner, (b, v) -> b.owner = v);
        binder.forField(value)
                .withValidator(v -> v == null || v.signum() >= 0, "The value forecast cannot be negative")
                .bind(b -> b.value, (b, v) -> b.value = v);
        binder.forField(currency).asRequired("Choose a currency").bind(b -> b.currency, (b, v) -> b.currency = v);
        binder.forField(expectedClose).bind(b -> b.expectedClose, (b, v) -> b.expectedClose = v);
        binder.forField(contractSignedAt)
                .withValidator(
                        v -> v == null || !v.isAfter(LocalDate.now(display.zone())),
                        "A contract cannot be signed in the future")
                .bind(b -> b.contractSignedAt, (b, v) -> b.contractSignedAt = v);
        binder.forField(probability)
                .withValidator(v -> v == null || (v >= 0 && v <= 100), "Probability must be between 0 and 100")
                .bind(b -> b.probability, (b, v) -> b.probability = v);
        binder.forField(actualRoi).bind(b -> b.actualRoi, (b, v) -> b.actualRoi = v);
        binder.forField(campaign).bind(b -> b.campaign, (b, v) -> b.campaign = v);
        binder.forField(notes).bind(b -> b.notes, (b, v) -> b.notes = v);

        var bean = new Bean();
        bean.currency = dealCurrency;
        UUID ownerId = existing != null ? existing.ownerId() : defaultOwnerId;
        bean.owner = owners.stream()
                .filter(o -> o.userId().equals(ownerId))
                .findFirst()
                .orElse(null);
        if (ownerId != null && bean.owner == null) {
            owner.setHelperText("The previous owner no longer works deals here: choose someone");
        }
        if (existing != null) {
            bean.title = existing.title();
            bean.account = accounts.get(existing.accountId())
                    .map(a -> new AccountOption(a.id(), a.name(), a.type()))
                    .orElse(null);
            bean.contact = existing.primaryContactId() == null
                    ? null
                    : contacts.get(existing.primaryContactId())
                            .map(c -> new ContactOption(c.id(), c.name(), c.role()))
                            .orElse(null);
            bean.value = existing.valueForecast();
            bean.expectedClose = existing.expectedClose();
            bean.contractSignedAt = existing.contractSignedAt();
            bean.probability = existing.probability();
            bean.actualRoi = existing.actualRoi();
            bean.campaign = existing.campaign();
            bean.notes = existing.notes();
        } else if (presetAccountId != null) {
            bean.account = accounts.get(presetAccountId)
                    .map(a -> new AccountOption(a.id(), a.name(), a.type()))
                    .orElse(null);
        }
        binder.readBean(bean);

        var form = new FormLayout(
                title,
                account,
                contact,
                owner,
                value,
                currency,
                expectedClose,
                probability,
                contractSignedAt,
                actualRoi,
                campaign,
                notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(title, 2);
        form.setColspan(notes, 2);
        add(form);

        save.setText(existing == null ? "Create deal" : "Save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        save.addClickListener(e -> save());
        getFooter().add(new Button("Cancel", e -> close()), save);
        addOpenedChangeListener(e -> {
            if (e.isOpened() && fieldFor(focusOnOpen == null ? "title" : focusOnOpen) instanceof Focusable<?> first) {
                first.focus();
            }
        });
    }

    private @Nullable String focusOnOpen;

    /** Marks the fields a failed gate needs ("Needed for Pitch") and focuses the first of them. */
    DealDialog highlight(List<MissingField> missing) {
        for (MissingField m : missing) {
            var field = fieldFor(m.field());
            if (field instanceof HasValue<?, ?> hv) {
                hv.setRequiredIndicatorVisible(true);
            }
            if (field instanceof com.vaadin.flow.component.HasHelper helper) {
                helper.setHelperText("Needed for " + m.stage().label());
            }
        }
        if (!missing.isEmpty()) {
            focusOnOpen = missing.getFirst().field();
            if (isOpened() && fieldFor(focusOnOpen) instanceof Focusable<?> first) {
                first.focus();
            }
        }
        return this;
    }

    /** The form field behind a stage gate's field name (or a model field name of a validation error). */
    com.vaadin.flow.component.@Nullable Component fieldFor(String name) {
        return switch (name) {
            case "title" -> title;
            case "accountId", "account" -> account;
            case "primaryContact", "primaryContactId" -> contact;
            case "owner", "ownerId" -> owner;
            case "valueForecast" -> value;
            case "currency" -> currency;
            case "expectedClose" -> expectedClose;
            case "contractSignedAt" -> contractSignedAt;
            case "probability" -> probability;
            case "actualRoi" -> actualRoi;
            case "campaign" -> campaign;
            case "notes" -> notes;
            default -> null;
        };
    }

    void save() {
        var b = new Bean();
        if (!binder.writeBeanIfValid(b) || b.account == null || b.title == null) {
            return;
        }
        var form = new DealForm(
                b.title,
                b.account.id(),
                b.contact == null ? null : b.contact.id(),
                b.owner == null ? null : b.owner.userId(),
                b.value,
                b.actualRoi,
                b.currency,
                b.expectedClose,
                b.contractSignedAt,
                b.probability,
                b.campaign,
                b.notes);
        Deal saved;
        try {
            saved = existing == null ? deals.create(form) : deals.update(existing.id(), form);
        } catch (ValidationException ex) {
            var field = fieldFor(ex.field());
            if (field instanceof HasValidation hv) {
                hv.setErrorMessage(ex.getMessage());
                hv.setInvalid(true);
            } else {
                title.setErrorMessage(ex.getMessage());
                title.setInvalid(true);
            }
            return;
        }
        close();
        onSaved.accept(saved);
    }
}

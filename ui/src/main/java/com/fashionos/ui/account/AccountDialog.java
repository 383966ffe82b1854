package com.fashionos.ui.account;

import com.fashionos.crm.account.Account;
import com.fashionos.crm.account.AccountForm;
import com.fashionos.crm.account.AccountService;
import com.fashionos.crm.account.AccountType;
import com.fashionos.crm.account.BudgetTier;
import com.fashionos.crm.common.ValidationException;
import com.fashionos.ui.base.Forms;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Creates or edits an account; the service's validation (website, country code) shows on the field. */
class AccountDialog extends Dialog {

    static final class Bean {
        String name = "";

        @Nullable
        AccountType type;

        String website = "";

        @Nullable
        BudgetTier tier;

        String industry = "";
        String city = "";
        String country = "";
        String tags = "";
        String description = "";
    }

    final TextField name = new TextField("Name");
    final Select<AccountType> type = new Select<>();
    final TextField website = new TextField("Website");
    final Select<BudgetTier> tier = new Select<>();
    final TextField industry = new TextField("Industry");
    final TextField city = new TextField("City");
    final TextField country = new TextField("Country");
    final TextField tags = new TextField("Tags");
    final TextArea description = new TextArea("Description");
    final Button save = new Button();

    AccountDialog(AccountService accounts, @Nullable Account existing, Consumer<Account> onSaved) {
        setHeaderTitle(existing == null ? "New account" : "Edit " + existing.name());
        setWidth("36rem");
        type.setLabel("Type");
        type.setItems(AccountType.values());
        type.setItemLabelGenerator(AccountType::label);
        tier.setLabel("Budget tier");
        tier.setItems(BudgetTier.values());
        tier.setEmptySelectionAllowed(true);
        tier.setItemLabelGenerator(t -> t == null ? "Not known" : t.label());
        website.setPlaceholder("lumiere-skin.example");
        country.setPlaceholder("FR");
        country.setMaxLength(2);
        tags.setHelperText("Comma separated");

        var binder = new Binder<Bean>();
        binder.forField(name).asRequired("Name is required").bind(b -> b.name, (b, v) -> b.name = v);
        binder.forField(type)
                .asRequired("Choose Sponsor, Buyer, Media or Vendor")
                .bind(b -> b.type, (b, v) -> b.type = v);
        binder.forField(website).bind(b -> b.website, (b, v) -> b.website = v);
        binder.forField(tier).bind(b -> b.tier, (b, v) -> b.tier = v);
        binder.forField(industry).bind(b -> b.industry, (b, v) -> b.industry = v);
        binder.forField(city).bind(b -> b.city, (b, v) -> b.city = v);
        binder.forField(country)
                .withValidator(v -> v.isBlank() || v.strip().matches("(?i)[a-z]{2}"), "Two letters, e.g. FR or IT")
                .bind(b -> b.country, (b, v) -> b.country = v);
        binder.forField(tags).bind(b -> b.tags, (b, v) -> b.tags = v);
        binder.forField(description).bind(b -> b.description, (b, v) -> b.description = v);
        var bean = new Bean();
        if (existing != null) {
            bean.name = existing.name();
            bean.type = existing.type();
            bean.website = existing.website() == null ? "" : existing.website();
            bean.tier = existing.budgetTier();
            bean.industry = existing.industry() == null ? "" : existing.industry();
            bean.city = existing.city() == null ? "" : existing.city();
            bean.country = existing.country() == null ? "" : existing.country();
            bean.tags = String.join(", ", existing.tags());
            bean.description = existing.description() == null ? "" : existing.description();
        }
        binder.readBean(bean);

        var form = new FormLayout(name, type, website, tier, industry, city, country, tags, description);
        form.setColspan(name, 2);
        form.setColspan(description, 2);
        add(form);
        save.setText(existing == null ? "Create account" : "Save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        save.addClickListener(e -> {
            var b = new Bean();
            if (!binder.writeBeanIfValid(b) || b.type == null) {
                return;
            }
            var form2 = new AccountForm(
                    b.name,
                    b.type,
                    b.website,
                    b.tier,
                    b.industry,
                    b.city,
                    b.country,
                    b.description,
                    Forms.tags(b.tags),
                    existing == null ? null : existing.ownerId());
            Account saved;
            try {
                saved = existing == null ? accounts.create(form2) : accounts.update(existing.id(), form2);
            } catch (ValidationException ex) {
                Forms.showError(
                        switch (ex.field()) {
                            case "website" -> website;
                            case "country" -> country;
                            case "type" -> type;
                            default -> name;
                        },
                        ex);
                return;
            }
            close();
            onSaved.accept(saved);
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                name.focus();
            }
        });
    }
}

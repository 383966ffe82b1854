package com.fashionos.ui.api;

import com.fashionos.crm.brand.ApiToken;
import com.fashionos.crm.brand.BrandService;
import com.fashionos.crm.brand.BrandSettings;
import com.fashionos.crm.deal.DealStage;
import com.fashionos.crm.deal.StageGate;
import com.fashionos.crm.user.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Brand settings for owners: which deal stage starts a Neural Draft and how long drafts wait, the stage gates of
 * the pipeline, and the API tokens external systems use for
 * {@code /api/v1}. A new token is shown once, in a dialog; only its hash is stored.
 */
@Route("crm/settings")
@PageTitle("Settings · FashionOS CRM")
@Menu(title = "Settings", order = 90, icon = "vaadin:cog")
@RolesAllowed("OWNER")
class ApiSettingsView extends Div {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());
    private static final String NO_TRIGGER = "NONE";

    final Select<String> triggerStage = new Select<>();
    final IntegerField expiryDays = new IntegerField("Pending drafts expire after (days)");
    final Map<DealStage, MultiSelectComboBox<String>> gates = new EnumMap<>(DealStage.class);
    final Button saveRules = new Button("Save deal rules");
    final TextField tokenName = new TextField("Token name");
    final Select<Role> tokenRole = new Select<>();
    final Button createToken = new Button("Create API token");
    final Grid<ApiToken> tokens = new Grid<>(ApiToken.class, false);
    final Dialog shownOnce = new Dialog();
    final TextField rawToken = new TextField();

    private final BrandService brands;

    ApiSettingsView(BrandService brands) {
        this.brands = brands;
        addClassName("fos-settings-view");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");

        triggerStage.setLabel("Start a Neural Draft when a deal enters");
        triggerStage.setItems(List.of("LEAD", "PITCH", "CONTRACT", "ROI", NO_TRIGGER));
        triggerStage.setItemLabelGenerator(s -> s.equals(NO_TRIGGER) ? "never (buttons only)" : label(s));
        BrandSettings settings = brands.current().orElseThrow().settings();
        triggerStage.setValue(settings.draftTriggerStage() == null ? NO_TRIGGER : settings.draftTriggerStage());
        triggerStage.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                BrandSettings current = brands.current().orElseThrow().settings();
                brands.updateSettings(
                        current.withDraftTriggerStage(e.getValue().equals(NO_TRIGGER) ? null : e.getValue()));
                Notification.show("Saved", 2000, Notification.Position.BOTTOM_START);
            }
        });

        expiryDays.setStepButtonsVisible(true);
        expiryDays.setHelperText("1 to 365; a draft nobody decides on by then expires and is never sent");
        expiryDays.setValue(settings.draftExpiryDays());
        expiryDays.setWidth("18rem");
        expiryDays.addValueChangeListener(e -> {
            if (e.isFromClient() && validExpiry()) {
                BrandSettings current = brands.current().orElseThrow().settings();
                brands.updateSettings(current.withDraftExpiryDays(e.getValue()));
                Notification.show("Saved", 2000, Notification.Position.BOTTOM_START);
            }
        });

        var gateFields = new Div();
        gateFields.addClassName("fos-gate-fields");
        gateFields.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        for (DealStage stage : List.of(DealStage.PITCH, DealStage.CONTRACT, DealStage.ROI)) {
            var box = new MultiSelectComboBox<String>(stage.label() + " needs");
            box.setItems(StageGate.knownFields());
            box.setItemLabelGenerator(StageGate::label);
            box.setPlaceholder("nothing (ungated)");
            box.setWidth("18rem");
            box.setValue(new java.util.LinkedHashSet<>(settings.requiredFieldsFor(stage.name())));
            gates.put(stage, box);
            gateFields.add(box);
        }
        saveRules.addClickListener(e -> saveGates());
        var resetGates = new Button("Restore defaults", e -> {
            gates.forEach((stage, box) -> box.setValue(new java.util.LinkedHashSet<>(
                    BrandSettings.defaultStageGates().getOrDefault(stage.name(), List.of()))));
        });
        resetGates.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        saveRules.addThemeVariants(ButtonVariant.PRIMARY);
        var gateActions = new Div(saveRules, resetGates);
        gateActions.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)");

        tokenRole.setLabel("May");
        tokenRole.setItems(Role.VIEWER, Role.AGENT, Role.MANAGER);
        tokenRole.setItemLabelGenerator(r -> switch (r) {
            case VIEWER -> "read drafts (Viewer)";
            case AGENT -> "request and decide drafts (Agent)";
            case MANAGER -> "everything an Agent may (Manager)";
            case OWNER -> "Owner";
        });
        tokenRole.setValue(Role.AGENT);
        tokenName.setPlaceholder("e.g. Partner portal");
        createToken.addThemeVariants(ButtonVariant.PRIMARY);
        createToken.addClickListener(e -> create());

        tokens.addColumn(ApiToken::name).setHeader("Name").setAutoWidth(true);
        tokens.addColumn(t -> label(t.role().name())).setHeader("Role").setAutoWidth(true);
        tokens.addColumn(t -> WHEN.format(t.createdAt())).setHeader("Created").setAutoWidth(true);
        tokens.addColumn(t -> t.lastUsedAt() == null ? "never" : WHEN.format(t.lastUsedAt()))
                .setHeader("Last used")
                .setAutoWidth(true);
        tokens.addComponentColumn(t -> {
                    var revoke = new Button("Revoke", e -> {
                        brands.revokeApiToken(t.id());
                        reload();
                    });
                    revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY_INLINE);
                    revoke.setEnabled(t.active());
                    return t.active() ? revoke : new Paragraph("revoked");
                })
                .setHeader("");
        tokens.setAllRowsVisible(true);

        rawToken.setReadOnly(true);
        rawToken.setWidthFull();
        rawToken.setLabel("Copy it now: it is shown only once");
        shownOnce.setHeaderTitle("New API token");
        shownOnce.add(
                rawToken,
                new Paragraph(
                        "Send it as \"Authorization: Bearer <token>\" to /api/v1/drafts. Revoke it here if it leaks."));
        shownOnce.getFooter().add(new Button("Done", e -> shownOnce.close()));
        shownOnce.setWidth("36em");

        var form = new Div(tokenName, tokenRole, createToken);
        form.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "baseline");
        add(
                new H3("Neural Draft"),
                triggerStage,
                expiryDays,
                new H3("Stage gates"),
                new Paragraph("What a deal must have before it may move forward into a stage. Moving backwards is"
                        + " always allowed."),
                gateFields,
                gateActions,
                new H3("API tokens"),
                form,
                tokens);
        reload();
    }

    void create() {
        try {
            String raw = brands.createApiToken(tokenName.getValue(), tokenRole.getValue());
            rawToken.setValue(raw);
            shownOnce.open();
            tokenName.clear();
            tokenName.setInvalid(false);
            reload();
        } catch (IllegalArgumentException | IllegalStateException e) {
            tokenName.setInvalid(true);
            tokenName.setErrorMessage(e.getMessage());
        }
    }

    private boolean validExpiry() {
        Integer days = expiryDays.getValue();
        boolean valid = days != null && days >= 1 && days <= 365;
        expiryDays.setInvalid(!valid);
        expiryDays.setErrorMessage(valid ? null : "Enter a number of days from 1 to 365");
        return valid;
    }

    void saveGates() {
        var stageGates = new java.util.LinkedHashMap<String, List<String>>();
        gates.forEach((stage, box) -> {
            // Keep the order the rule names them in, not the order they were picked.
            List<String> fields = StageGate.knownFields().stream()
                    .filter(box.getValue()::contains)
                    .toList();
            if (!fields.isEmpty()) {
                stageGates.put(stage.name(), fields);
            }
        });
        BrandSettings current = brands.current().orElseThrow().settings();
        brands.updateSettings(current.withStageGates(stageGates));
        Notification.show("Stage gates saved", 2500, Notification.Position.BOTTOM_START);
    }

    private void reload() {
        tokens.setItems(brands.apiTokens());
    }

    private static String label(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}

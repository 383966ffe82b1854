package com.fashionos.ui.api;

import com.fashionos.crm.brand.ApiToken;
import com.fashionos.crm.brand.BrandService;
import com.fashionos.crm.brand.BrandSettings;
import com.fashionos.crm.user.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Brand settings for owners: which deal stage starts a Neural Draft, and the API tokens external systems use for
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
        add(new H3("Neural Draft"), triggerStage, new H3("API tokens"), form, tokens);
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

    private void reload() {
        tokens.setItems(brands.apiTokens());
    }

    private static String label(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}

package com.fashionos.ui.contact;

import com.fashionos.crm.common.ValidationException;
import com.fashionos.crm.contact.ContactForm;
import com.fashionos.crm.contact.ContactService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Adds a contact by hand. Agents and above only: a viewer neither sees the button to it nor may open it. The
 * contact service validates and normalises (email, E.164 numbers); its messages appear on the fields.
 */
@Route("crm/contacts/new")
@PageTitle("New contact · FashionOS CRM")
@RolesAllowed("AGENT")
class NewContactView extends Div {

    final TextField name = new TextField("Name");
    final TextField role = new TextField("Role");
    final EmailField email = new EmailField("Email");
    final TextField whatsapp = new TextField("WhatsApp");
    final Button save = new Button("Save contact");

    /** Numbers typed without a country code are read as French until brands carry a home country. */
    static final String DEFAULT_REGION = "FR";

    private final ContactService contacts;

    NewContactView(ContactService contacts) {
        this.contacts = contacts;
        addClassName("fos-form-view");

        name.setRequiredIndicatorVisible(true);
        role.setPlaceholder("Fashion editor, buyer, sponsor manager…");
        whatsapp.setPlaceholder("+33 6 12 34 56 78");
        whatsapp.setHelperText("Any format; saved in international form.");

        var form = new FormLayout(name, role, email, whatsapp);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));

        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(event -> save());
        // Enter saves from any field; re-focusing first commits the value of the field being typed in
        save.addClickShortcut(Key.ENTER).resetFocusOnActiveElement();
        var cancel = new Button("Cancel", event -> getUI().ifPresent(ui -> ui.navigate(ContactsView.class)));
        var actions = new Div(save, cancel);
        actions.addClassName("fos-form-actions");

        // the layout's heading says "New contact": the card only adds who belongs here
        var card = new Div(
                new Paragraph(
                        "Editors, stylists, buyers, sponsor managers and vendors: everyone the Maison works with."),
                form,
                actions);
        card.addClassName("fos-card");
        add(card);
        name.focus();
    }

    private void save() {
        name.setInvalid(false);
        email.setInvalid(false);
        whatsapp.setInvalid(false);
        var form = ContactForm.named(name.getValue().strip())
                .withRole(blankToNull(role.getValue()))
                .withEmail(blankToNull(email.getValue()))
                .withWhatsapp(blankToNull(whatsapp.getValue()));
        try {
            var contact = contacts.create(form, DEFAULT_REGION);
            Notification.show(contact.name() + " added", 3000, Notification.Position.BOTTOM_END)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(ContactsView.class));
        } catch (ValidationException e) {
            var field =
                    Map.of("name", name, "email", email, "whatsapp", whatsapp).get(e.field());
            if (field instanceof TextField text) {
                text.setErrorMessage(e.getMessage());
                text.setInvalid(true);
            } else if (field instanceof EmailField mail) {
                mail.setErrorMessage(e.getMessage());
                mail.setInvalid(true);
            } else {
                Notification.show(e.getMessage(), 5000, Notification.Position.BOTTOM_END)
                        .addThemeVariants(NotificationVariant.ERROR);
            }
        }
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }
}

package com.fashionos.ui.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.ui.support.UiFixtures;
import com.fashionos.ui.support.UiIntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Adding contacts is for agents and above: a viewer neither sees the way in nor may open it. */
@UiIntegrationTest
class RoleEnforcementTest extends SpringBrowserlessTest {

    @Autowired
    UiFixtures fixtures;

    @BeforeEach
    void seed() {
        fixtures.seed();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void viewer_does_not_see_the_new_contact_action() {
        fixtures.signIn(UiFixtures.VIEWER);

        assertThat(navigate(ContactsView.class).newContact.isVisible()).isFalse();
    }

    @Test
    void viewer_may_not_open_the_new_contact_form() {
        fixtures.signIn(UiFixtures.VIEWER);

        navigate("crm/contacts/new", Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(NewContactView.class);
        assertThat(((Component) getCurrentView()).getElement().getTextRecursively())
                .containsAnyOf("Your role does not open this page", "This page does not exist");
    }

    @Test
    void agent_sees_the_action_and_opens_the_form() {
        fixtures.signIn(UiFixtures.AGENT);
        ContactsView contacts = navigate(ContactsView.class);
        assertThat(contacts.newContact.isVisible()).isTrue();

        test(contacts.newContact).click();

        assertThat(getCurrentView()).isInstanceOf(NewContactView.class);
    }

    @Test
    void owner_inherits_the_agent_role() {
        fixtures.signIn(UiFixtures.OWNER);

        assertThat(navigate(ContactsView.class).newContact.isVisible()).isTrue();
    }
}

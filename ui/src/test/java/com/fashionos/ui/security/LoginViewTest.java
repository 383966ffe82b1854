package com.fashionos.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.ui.support.UiIntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;

@UiIntegrationTest
class LoginViewTest extends SpringBrowserlessTest {

    private <T> T navigateWithQuery(String route, String parameter, Class<T> viewType) {
        UI.getCurrent().navigate(route, QueryParameters.of(parameter, ""));
        return viewType.cast(getCurrentView());
    }

    @Test
    void login_form_shows_no_error_on_first_visit() {
        LoginView view = navigate(LoginView.class);

        assertThat(view.login.isError()).isFalse();
        assertThat(view.login.getAction()).isEqualTo("login");
    }

    @Test
    void refused_sign_in_shows_incorrect_email_or_password() {
        LoginView view = navigateWithQuery("login", "error", LoginView.class);

        assertThat(view.login.isError()).isTrue();
        assertThat(view.errorMessage()).isEqualTo("Incorrect email or password.");
    }

    @Test
    void locked_account_shows_how_long_to_wait() {
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(LoginMessages.SESSION_ATTRIBUTE, "Too many failed attempts. Try again in 42 seconds.");

        LoginView view = navigateWithQuery("login", "error", LoginView.class);

        assertThat(view.login.isError()).isTrue();
        assertThat(view.errorMessage()).isEqualTo("Too many failed attempts. Try again in 42 seconds.");
    }
}

package com.fashionos.ui.security;

import com.fashionos.crm.demo.DemoProperties;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The sign-in page: a Vaadin login form posting to Spring Security, with the reason of a refused sign-in. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · FashionOS CRM")
@AnonymousAllowed
class LoginView extends Div implements BeforeEnterObserver {

    final LoginForm login = new LoginForm();
    private final AuthenticationContext authentication;
    private String errorMessage = LoginMessages.BAD_CREDENTIALS;

    LoginView(AuthenticationContext authentication, DemoProperties demo) {
        this.authentication = authentication;
        addClassName("fos-login");

        var brandPanel = new Div();
        brandPanel.addClassName("fos-login-brand");
        var mark = new Span("F");
        mark.addClassName("fos-monogram");
        var name = new H1("FashionOS");
        name.addClassName("fos-login-wordmark");
        var tagline = new Paragraph("The relationship hub for the modern Maison — contacts, sponsors, media and "
                + "buyers, with every outreach approved by a person.");
        tagline.addClassName("fos-login-tagline");
        var footer = new Span("CRM · Intelligence · Outreach");
        footer.addClassName("fos-login-footnote");
        brandPanel.add(mark, name, tagline, footer);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n(LoginMessages.BAD_CREDENTIALS));

        var formPanel = new Div(login);
        formPanel.addClassName("fos-login-form");
        var help = new Paragraph("Trouble signing in? Ask an owner of your brand to check your account.");
        help.addClassName("fos-login-help");
        formPanel.add(help);
        if (demo.enabled()) {
            var hint = new Paragraph("Demo Maison: " + demo.email() + " · " + demo.password());
            hint.addClassName("fos-login-demo");
            formPanel.add(hint);
        }

        add(brandPanel, formPanel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo(SecurityConfiguration.HOME);
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            Object message = VaadinSession.getCurrent().getSession().getAttribute(LoginMessages.SESSION_ATTRIBUTE);
            errorMessage = message instanceof String text ? text : LoginMessages.BAD_CREDENTIALS;
            login.setI18n(i18n(errorMessage));
            login.setError(true);
        }
    }

    /** The message the form shows when {@link LoginForm#isError()}. */
    String errorMessage() {
        return errorMessage;
    }

    private static LoginI18n i18n(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Email");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle("Sign-in refused");
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }
}

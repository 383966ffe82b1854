package com.fashionos.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.fashionos.crm.user.Role;
import com.fashionos.crm.user.UserAccounts;
import com.fashionos.ui.support.UiFixtures;
import com.fashionos.ui.support.UiIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Sign-in through Spring Security's real filter chain: form login, messages, throttling. */
@UiIntegrationTest
class SignInHttpTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    UiFixtures fixtures;

    @Autowired
    UserAccounts accounts;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        fixtures.seed();
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void the_login_page_is_the_apps_own_view_not_springs_generated_form() throws Exception {
        MvcResult result = mvc.perform(get("/login")).andReturn();

        assertThat(result.getResponse().getContentAsString())
                .doesNotContain("Please sign in")
                .doesNotContain("default-ui.css");
    }

    @Test
    void correct_password_signs_in_and_lands_on_the_dashboard() throws Exception {
        mvc.perform(formLogin("/login").user(UiFixtures.AGENT).password(UiFixtures.PASSWORD))
                .andExpect(redirectedUrl("/crm"));

        assertThat(accounts.findByEmail(UiFixtures.AGENT).orElseThrow().lastLoginAt())
                .isNotNull();
    }

    @Test
    void wrong_password_is_refused_with_a_clear_message() throws Exception {
        MvcResult result = mvc.perform(
                        formLogin("/login").user(UiFixtures.VIEWER).password("not-the-password"))
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();

        assertThat(message(result)).isEqualTo("Incorrect email or password.");
    }

    @Test
    void unknown_email_gets_the_same_message_as_a_wrong_password() throws Exception {
        MvcResult result = mvc.perform(
                        formLogin("/login").user("nobody@maison.test").password("whatever-1"))
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();

        assertThat(message(result)).isEqualTo("Incorrect email or password.");
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_for_the_right_one() throws Exception {
        String email = "lockme@maison.test";
        fixtures.createMaisonUser(email, Role.AGENT);

        for (int attempt = 1; attempt <= UserAccounts.FREE_FAILURES; attempt++) {
            mvc.perform(formLogin("/login").user(email).password("guess-" + attempt))
                    .andExpect(redirectedUrl("/login?error"));
        }
        MvcResult result = mvc.perform(formLogin("/login").user(email).password(UiFixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();

        assertThat(message(result)).matches("Too many failed attempts\\. Try again in \\d+ seconds\\.");
        assertThat(accounts.lockedUntil(email)).isPresent();
    }

    private static String message(MvcResult result) {
        return String.valueOf(result.getRequest().getSession().getAttribute(LoginMessages.SESSION_ATTRIBUTE));
    }
}

package com.fashionos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.crm.demo.DemoProperties;
import com.fashionos.ui.support.BrowserJourney;
import com.fashionos.ui.support.UiIntegrationTest;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The first minutes of a newcomer in a real Chromium at laptop size: a wrong password is refused with a message,
 * the demo login opens the triptych, the contacts list shows the demo contacts, a row fills the intelligence panel
 * and Ctrl+K reaches the global search. Screenshots land in {@code target/screenshots}.
 */
@UiIntegrationTest
class SignInJourneyIT {

    @RegisterExtension
    static final BrowserJourney browser = new BrowserJourney(Duration.ofSeconds(60));

    @Autowired
    DemoProperties demo;

    @Test
    void newcomer_signs_in_with_the_demo_login_and_finds_the_contacts() throws IOException {
        browser.open("/crm");

        browser.until(ExpectedConditions.urlContains("/login"));
        browser.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        browser.screenshot("01-login");

        browser.submitLogin(demo.email(), "not-the-password");
        browser.until(ExpectedConditions.urlContains("error"));
        browser.until(driver -> browser.text("vaadin-login-form").contains("Incorrect email or password."));
        browser.screenshot("02-login-refused");

        browser.submitLogin(demo.email(), demo.password());

        browser.until(ExpectedConditions.urlMatches(".*/crm(\\?.*)?$"));
        browser.waitFor(".fos-shell .fos-kpi");
        for (String column : List.of(".fos-sidebar", ".fos-main", ".fos-intel")) {
            assertThat(browser.driver().findElement(By.cssSelector(column)).isDisplayed())
                    .as(column + " shows")
                    .isTrue();
        }
        assertThat(browser.text(".fos-intel")).contains("Select a contact, account or deal to see its intelligence.");
        assertThat(browser.text(".fos-page-title")).isEqualTo("Dashboard");
        browser.screenshot("03-dashboard");

        browser.driver()
                .findElement(By.cssSelector("vaadin-side-nav-item[path='crm/contacts']"))
                .click();
        browser.until(ExpectedConditions.urlContains("/crm/contacts"));
        browser.until(driver -> rowCount() > 0);
        assertThat(browser.text(".fos-count")).matches("\\d+ contacts");
        assertThat(rowCount()).isGreaterThan(5);
        browser.screenshot("04-contacts");

        List<WebElement> names =
                browser.driver().findElements(By.cssSelector("vaadin-grid-cell-content .fos-cell-primary"));
        String first = names.getFirst().getText();
        names.getFirst().click();
        browser.until(driver -> browser.text(".fos-intel").contains(first)
                && browser.text(".fos-intel").contains("Last active"));
        browser.screenshot("05-contact-intelligence");
    }

    private long rowCount() {
        return browser.driver().findElements(By.cssSelector("vaadin-grid-cell-content .fos-cell-primary")).stream()
                .filter(cell -> !cell.getText().isBlank())
                .count();
    }
}

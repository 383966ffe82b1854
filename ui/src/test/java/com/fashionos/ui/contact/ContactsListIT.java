package com.fashionos.ui.contact;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * The contact list at a laptop's 1280 px in a real Chromium: a bookmarked filter URL opens the list filtered with
 * its chips, the filter panel and toolbar fit, and ticking rows brings up the bulk-actions bar. Screenshots go to
 * {@code target/screenshots}.
 */
@UiIntegrationTest
class ContactsListIT {

    @RegisterExtension
    static final BrowserJourney browser = new BrowserJourney(Duration.ofSeconds(90));

    @Test
    void a_bookmarked_filter_opens_filtered_and_selecting_rows_shows_the_bulk_actions() throws IOException {
        browser.signIn();

        browser.open("/crm/contacts");
        browser.waitFor("vaadin-grid.fos-grid");
        browser.screenshot("contacts-01-list");

        browser.open("/crm/contacts?type=buyer&tags=vip");
        browser.waitFor(".fos-filter-chip");
        BrowserJourney.settle();
        List<String> chips = browser.driver().findElements(By.cssSelector(".fos-filter-chip")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(String.join("|", chips)).contains("Type: Buyer", "Tags: vip");
        WebElement toolbar = browser.driver().findElement(By.cssSelector(".fos-contacts-toolbar"));
        assertThat(toolbar.getRect().getWidth())
                .as("toolbar fits the main column")
                .isLessThanOrEqualTo(1280 - 264);
        browser.screenshot("contacts-02-filtered");

        // tick the first two rows' selection checkboxes
        browser.js("const g = document.querySelector('vaadin-grid.fos-grid');"
                + "const boxes = [...g.querySelectorAll('vaadin-checkbox')].filter(c => !c.hasAttribute('hidden'));"
                + "boxes.slice(1, 3).forEach(c => c.click());");
        WebElement bar = browser.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fos-bulk-bar")));
        browser.until(ExpectedConditions.textToBePresentInElement(bar, "2 selected"));
        assertThat(bar.getText()).contains("Add tag", "Add to segment", "Export selection");
        browser.screenshot("contacts-03-selection");
    }
}

package com.fashionos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.crm.account.AccountFilter;
import com.fashionos.crm.account.AccountService;
import com.fashionos.crm.common.Page;
import com.fashionos.crm.contact.ContactFilter;
import com.fashionos.crm.contact.ContactService;
import com.fashionos.crm.deal.Deal;
import com.fashionos.crm.deal.DealFilter;
import com.fashionos.crm.deal.DealForm;
import com.fashionos.crm.deal.DealService;
import com.fashionos.crm.demo.DemoProperties;
import com.fashionos.crm.tenant.TenantContext;
import com.fashionos.crm.user.AppUser;
import com.fashionos.crm.user.BrandMembership;
import com.fashionos.crm.user.UserAccounts;
import com.fashionos.ui.support.BrowserJourney;
import com.fashionos.ui.support.UiIntegrationTest;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The manual core of the CRM in a real Chromium at laptop size, as a partnerships manager works it: sign in, add a
 * contact, find it again with Ctrl+K (typing, arrows and Enter only), open its 360 and log a call, drag a deal from
 * Lead to Pitch (the gate refuses: no primary contact), fill the contact through the refusal's shortcut so the move
 * goes through, and read the stage change on the deal's timeline. Then a picture of every /crm route. Screenshots
 * land in {@code target/screenshots} (prefix {@code crm-}).
 */
@UiIntegrationTest
class CrmJourneyIT {

    @RegisterExtension
    static final BrowserJourney browser = new BrowserJourney(Duration.ofSeconds(30));

    @Autowired
    DemoProperties demo;

    @Autowired
    UserAccounts users;

    @Autowired
    AccountService accounts;

    @Autowired
    DealService deals;

    @Autowired
    ContactService contacts;

    @Test
    void contact_search_call_gate_refusal_fill_and_stage_change_on_the_timeline() throws IOException {
        String token = token();
        String person = "Capucine Verhaegen " + token;
        Deal deal = leadWithoutPrimaryContact("Journey " + token + " × Desert Noir beauty");

        browser.signIn();

        // create a contact
        browser.open("/crm/contacts/new");
        WebElement name = browser.field("Name");
        name.sendKeys(person);
        browser.field("Role").sendKeys("Beauty partnerships lead");
        browser.field("Email").sendKeys("capucine." + token.toLowerCase() + "@lumiere.example");
        browser.field("WhatsApp").sendKeys("06 12 34 56 78");
        browser.screenshot("crm-01-new-contact");
        browser.click(By.xpath("//vaadin-button[normalize-space(.)='Save contact']"));
        browser.until(ExpectedConditions.urlMatches(".*/crm/contacts/?$"));
        browser.awaitToast(person + " added");
        browser.screenshot("crm-02-contact-added");

        // find it with Ctrl+K and typing straight away: no letter may get lost while the palette opens
        new Actions(browser.driver())
                .keyDown(Keys.CONTROL)
                .sendKeys("k")
                .keyUp(Keys.CONTROL)
                .sendKeys(person)
                .perform();
        browser.waitFor("vaadin-dialog.fos-search-palette[opened]");
        browser.until(driver -> paletteInputFocused());
        browser.until(driver -> person.equals(browser.js("return document.activeElement.value")));
        browser.until(driver -> selectedHit().contains(person));
        int hits =
                browser.driver().findElements(By.cssSelector(".fos-search-hit")).size();
        if (hits > 1) {
            activeElement().sendKeys(Keys.ARROW_DOWN);
            browser.until(driver -> !selectedHit().contains(person));
            activeElement().sendKeys(Keys.ARROW_UP);
            browser.until(driver -> selectedHit().contains(person));
        }
        browser.screenshot("crm-03-search-palette");
        activeElement().sendKeys(Keys.ENTER);

        // its 360, log a call
        browser.until(ExpectedConditions.urlMatches(".*/crm/contacts/[0-9a-f-]{36}$"));
        browser.until(driver -> browser.allText(".fos-page-title").equals(person));
        browser.screenshot("crm-04-contact-360");
        browser.click(By.xpath(
                "//div[contains(@class,'fos-contact-360')]//vaadin-button[normalize-space(.)='Log activity']"));
        WebElement what = browser.field("What happened");
        what.sendKeys("Agreed to a sampling corner at the Desert Noir show; wants numbers by Friday.");
        browser.screenshot("crm-05-log-call");
        browser.click(By.xpath("//vaadin-dialog[@opened]//vaadin-button[normalize-space(.)='Log activity']"));
        browser.awaitToast("Call logged");
        browser.click(By.xpath("//vaadin-tab[normalize-space(.)='Activity Timeline']"));
        browser.until(driver -> browser.allText(".fos-contact-360").contains("wants numbers by Friday"));
        browser.screenshot("crm-06-call-on-timeline");

        // drag the deal from Lead to Pitch: the gate refuses and offers the shortcut
        browser.open("/crm/deals");
        WebElement filter = browser.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector(".fos-toolbar vaadin-text-field input")));
        filter.sendKeys(deal.title());
        String card = "[data-deal='" + deal.id() + "']";
        // the board re-renders once the filter applies: drag only the card of the filtered board
        browser.until(driver ->
                browser.allText("[data-column='LEAD'] .fos-column-count").equals("1") && browser.idle());
        browser.waitFor("[data-column='LEAD'] " + card);
        browser.drag(card, "[data-column='PITCH']");
        browser.awaitToast("Pitch needs a primary contact");
        assertThat(browser.allText("vaadin-notification-card")).contains(deal.reference() + " stays in Lead");
        assertThat(browser.present("[data-column='LEAD'] " + card)).isTrue();
        browser.screenshot("crm-07-gate-refused");

        // fill the contact through the shortcut: saving retries the move
        browser.click(
                By.xpath("//vaadin-notification-card//vaadin-button[normalize-space(.)='Add a primary contact']"));
        browser.waitFor("vaadin-dialog.fos-deal-dialog[opened]");
        browser.until(driver -> browser.focusedInside(BrowserJourney.fieldXpath("Primary contact")));
        activeElement().sendKeys(person);
        browser.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-combo-box-item[contains(normalize-space(.),'" + person + "')]")));
        activeElement().sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.until(driver -> String.valueOf(browser.field("Primary contact").getDomProperty("value"))
                .startsWith(person));
        browser.screenshot("crm-08-fill-primary-contact");
        browser.click(By.xpath("//vaadin-dialog[@opened]//vaadin-button[normalize-space(.)='Save']"));
        browser.waitFor("[data-column='PITCH'] " + card);
        browser.awaitToast(deal.reference() + " moved to Pitch");
        browser.screenshot("crm-09-moved-to-pitch");

        // the stage change on the deal's timeline
        browser.click(By.cssSelector(card));
        browser.until(ExpectedConditions.urlContains("/crm/deals/" + deal.id()));
        browser.until(driver -> browser.allText(".fos-deal-room").contains("Lead → Pitch"));
        assertThat(browser.allText(".fos-deal-room")).contains(person);
        browser.screenshot("crm-10-stage-change-on-timeline");
    }

    @Test
    void every_crm_route_looks_like_a_product() throws IOException {
        Records lumiere = lumiereRecords();
        browser.signIn();
        route("/crm", ".fos-kpi", "crm-route-01-dashboard");
        route("/crm/contacts", ".fos-cell-primary", "crm-route-02-contacts");
        route("/crm/contacts/" + lumiere.contact(), ".fos-contact-360 vaadin-tabsheet", "crm-route-03-contact-360");
        route("/crm/accounts", "vaadin-grid", "crm-route-04-accounts");
        route("/crm/accounts/" + lumiere.account(), ".fos-account-view", "crm-route-05-account");
        route("/crm/deals", ".fos-deal-card", "crm-route-06-deals-kanban");
        browser.click(By.xpath("//vaadin-tab[normalize-space(.)='List']"));
        browser.until(driver -> browser.present(".fos-deals-view vaadin-grid")
                && driver.findElement(By.cssSelector(".fos-deals-view vaadin-grid"))
                        .isDisplayed());
        browser.screenshot("crm-route-07-deals-list");
        route("/crm/deals/" + lumiere.deal(), ".fos-deal-room", "crm-route-08-deal-war-room");
        route("/crm/conversations", ".fos-content > *", "crm-route-09-conversations");
        route("/crm/drafts", ".fos-content > *", "crm-route-10-drafts");
        route("/crm/outbox", ".fos-content > *", "crm-route-11-outbox");
        route("/crm/playbooks", ".fos-content > *", "crm-route-12-playbooks");
    }

    // ---- helpers ----

    record Records(UUID contact, UUID account, UUID deal) {}

    /** The demo's Lumière Skin: the sponsor account, one of its people and its deal. */
    private Records lumiereRecords() {
        AppUser owner = users.findByEmail(demo.email()).orElseThrow();
        return TenantContext.callAs(maison(owner), owner.id(), () -> {
            var account = accounts.page(AccountFilter.all().withText("Lumière Skin"), Page.first(1))
                    .getFirst();
            var contact = contacts.page(ContactFilter.all().withAccountId(account.id()), Page.first(1))
                    .getFirst();
            var deal = deals.page(DealFilter.all().withAccountId(account.id()), Page.first(1))
                    .getFirst();
            return new Records(contact.id(), account.id(), deal.id());
        });
    }

    private void route(String path, String readyCss, String name) throws IOException {
        browser.open(path);
        browser.waitFor(readyCss);
        assertThat(browser.allText(".fos-page-title"))
                .as(path + " has a heading")
                .isNotBlank();
        assertThat(browser.driver().getTitle()).as(path + " names the tab").endsWith("FashionOS CRM");
        browser.screenshot(name);
    }

    private UUID maison(AppUser owner) {
        return users.membershipsOf(owner.id()).stream()
                .filter(m -> m.brandSlug().equals("maison-aurelle"))
                .map(BrandMembership::brandId)
                .findFirst()
                .orElseThrow();
    }

    private Deal leadWithoutPrimaryContact(String title) {
        AppUser owner = users.findByEmail(demo.email()).orElseThrow();
        return TenantContext.callAs(maison(owner), owner.id(), () -> {
            UUID account =
                    accounts.page(AccountFilter.all(), Page.first(1)).getFirst().id();
            return deals.create(DealForm.of(title, account).withOwnerId(owner.id()));
        });
    }

    private boolean paletteInputFocused() {
        return Boolean.TRUE.equals(browser.js("""
                const active = document.activeElement;
                return !!active && active.tagName === 'INPUT'
                    && !!active.closest('vaadin-dialog.fos-search-palette');"""));
    }

    private String selectedHit() {
        return browser.allText(".fos-search-hit[aria-selected='true']");
    }

    private static WebElement activeElement() {
        return browser.driver().switchTo().activeElement();
    }

    private static String token() {
        var letters = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            letters.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }
}

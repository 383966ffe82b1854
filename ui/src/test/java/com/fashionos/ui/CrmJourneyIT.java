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
import com.fashionos.ui.support.UiIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The manual core of the CRM in a real Chromium at laptop size, as a partnerships manager works it: sign in, add a
 * contact, find it again with Ctrl+K (typing, arrows and Enter only), open its 360 and log a call, drag a deal from
 * Lead to Pitch (the gate refuses: no primary contact), fill the contact through the refusal's shortcut so the move
 * goes through, and read the stage change on the deal's timeline. Then a picture of every /crm route. Screenshots
 * land in {@code target/screenshots} (prefix {@code crm-}).
 */
@UiIntegrationTest
class CrmJourneyIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static WebDriver browser;

    @LocalServerPort
    int port;

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

    WebDriverWait wait;

    @BeforeAll
    static void openBrowser() {
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("selenium.chrome.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900", "--lang=en-GB");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void contact_search_call_gate_refusal_fill_and_stage_change_on_the_timeline() throws IOException {
        try {
            journey();
        } catch (RuntimeException | AssertionError e) {
            screenshot("crm-failure"); // what the browser showed when a step gave up
            throw e;
        }
    }

    void journey() throws IOException {
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        String token = token();
        String person = "Capucine Verhaegen " + token;
        Deal deal = leadWithoutPrimaryContact("Journey " + token + " × Desert Noir beauty");

        signIn();

        // create a contact
        browser.get(url("/crm/contacts/new"));
        WebElement name = field("Name");
        name.sendKeys(person);
        field("Role").sendKeys("Beauty partnerships lead");
        field("Email").sendKeys("capucine." + token.toLowerCase() + "@lumiere.example");
        field("WhatsApp").sendKeys("06 12 34 56 78");
        settle();
        screenshot("crm-01-new-contact");
        click(By.xpath("//vaadin-button[normalize-space(.)='Save contact']"));
        wait.until(ExpectedConditions.urlMatches(".*/crm/contacts/?$"));
        wait.until(driver -> text("vaadin-notification-card").contains(person + " added"));
        settle();
        screenshot("crm-02-contact-added");

        // find it with Ctrl+K and typing straight away: no letter may get lost while the palette opens
        new Actions(browser)
                .keyDown(Keys.CONTROL)
                .sendKeys("k")
                .keyUp(Keys.CONTROL)
                .sendKeys(person)
                .perform();
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-dialog.fos-search-palette[opened]")));
        wait.until(driver -> paletteInputFocused());
        wait.until(driver -> person.equals(js("return document.activeElement.value")));
        wait.until(driver -> selectedHit().contains(person));
        int hits = browser.findElements(By.cssSelector(".fos-search-hit")).size();
        if (hits > 1) {
            browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
            wait.until(driver -> !selectedHit().contains(person));
            browser.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
            wait.until(driver -> selectedHit().contains(person));
        }
        settle();
        screenshot("crm-03-search-palette");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);

        // its 360, log a call
        wait.until(ExpectedConditions.urlMatches(".*/crm/contacts/[0-9a-f-]{36}$"));
        wait.until(driver -> text(".fos-page-title").equals(person));
        settle();
        screenshot("crm-04-contact-360");
        click(By.xpath("//div[contains(@class,'fos-contact-360')]//vaadin-button[normalize-space(.)='Log activity']"));
        WebElement what = field("What happened");
        what.sendKeys("Agreed to a sampling corner at the Desert Noir show; wants numbers by Friday.");
        settle();
        screenshot("crm-05-log-call");
        click(By.xpath("//vaadin-dialog[@opened]//vaadin-button[normalize-space(.)='Log activity']"));
        wait.until(driver -> text("vaadin-notification-card").contains("Call logged"));
        click(By.xpath("//vaadin-tab[normalize-space(.)='Activity Timeline']"));
        wait.until(driver -> text(".fos-contact-360").contains("wants numbers by Friday"));
        settle();
        screenshot("crm-06-call-on-timeline");

        // drag the deal from Lead to Pitch: the gate refuses and offers the shortcut
        browser.get(url("/crm/deals"));
        WebElement filter = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector(".fos-toolbar vaadin-text-field input")));
        filter.sendKeys(deal.title());
        String card = "[data-deal='" + deal.id() + "']";
        // the board re-renders once the filter applies: drag only the card of the filtered board
        wait.until(driver -> text("[data-column='LEAD'] .fos-column-count").equals("1") && idle());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-column='LEAD'] " + card)));
        drag(card, "[data-column='PITCH']");
        wait.until(driver -> text("vaadin-notification-card").contains("Pitch needs a primary contact"));
        assertThat(text("vaadin-notification-card")).contains(deal.reference() + " stays in Lead");
        assertThat(browser.findElements(By.cssSelector("[data-column='LEAD'] " + card)))
                .isNotEmpty();
        settle();
        screenshot("crm-07-gate-refused");

        // fill the contact through the shortcut: saving retries the move
        click(By.xpath("//vaadin-notification-card//vaadin-button[normalize-space(.)='Add a primary contact']"));
        wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-dialog.fos-deal-dialog[opened]")));
        wait.until(driver -> focusedInside(fieldXpath("Primary contact")));
        browser.switchTo().activeElement().sendKeys(person);
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-combo-box-item[contains(normalize-space(.),'" + person + "')]")));
        browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        wait.until(driver ->
                String.valueOf(field("Primary contact").getDomProperty("value")).startsWith(person));
        settle();
        screenshot("crm-08-fill-primary-contact");
        click(By.xpath("//vaadin-dialog[@opened]//vaadin-button[normalize-space(.)='Save']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-column='PITCH'] " + card)));
        wait.until(driver -> text("vaadin-notification-card").contains(deal.reference() + " moved to Pitch"));
        settle();
        screenshot("crm-09-moved-to-pitch");

        // the stage change on the deal's timeline
        click(By.cssSelector(card));
        wait.until(ExpectedConditions.urlContains("/crm/deals/" + deal.id()));
        wait.until(driver -> text(".fos-deal-room").contains("Lead → Pitch"));
        assertThat(text(".fos-deal-room")).contains(person);
        settle();
        screenshot("crm-10-stage-change-on-timeline");
    }

    @Test
    void every_crm_route_looks_like_a_product() throws IOException {
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Records lumiere = lumiereRecords();
        signIn();
        route("/crm", ".fos-kpi", "crm-route-01-dashboard");
        route("/crm/contacts", ".fos-cell-primary", "crm-route-02-contacts");
        route("/crm/contacts/" + lumiere.contact(), ".fos-contact-360 vaadin-tabsheet", "crm-route-03-contact-360");
        route("/crm/accounts", "vaadin-grid", "crm-route-04-accounts");
        route("/crm/accounts/" + lumiere.account(), ".fos-account-view", "crm-route-05-account");
        route("/crm/deals", ".fos-deal-card", "crm-route-06-deals-kanban");
        click(By.xpath("//vaadin-tab[normalize-space(.)='List']"));
        wait.until(driver -> !browser.findElements(By.cssSelector(".fos-deals-view vaadin-grid"))
                        .isEmpty()
                && browser.findElement(By.cssSelector(".fos-deals-view vaadin-grid"))
                        .isDisplayed());
        settle();
        screenshot("crm-route-07-deals-list");
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

    private void signIn() {
        browser.get(url("/crm"));
        wait.until(driver ->
                !driver.findElements(By.cssSelector("input[name='username']")).isEmpty()
                        || !driver.findElements(By.cssSelector(".fos-shell")).isEmpty());
        if (!browser.findElements(By.cssSelector(".fos-shell")).isEmpty()) {
            return;
        }
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
                .sendKeys(demo.email());
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(demo.password(), Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fos-shell .fos-kpi")));
    }

    private void route(String path, String readyCss, String name) throws IOException {
        browser.get(url(path));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(readyCss)));
        assertThat(text(".fos-page-title")).as(path + " has a heading").isNotBlank();
        assertThat(browser.getTitle()).as(path + " names the tab").endsWith("FashionOS CRM");
        settle();
        screenshot(name);
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
        return Boolean.TRUE.equals(js("""
                const active = document.activeElement;
                return !!active && active.tagName === 'INPUT'
                    && !!active.closest('vaadin-dialog.fos-search-palette');"""));
    }

    private boolean focusedInside(String xpath) {
        WebElement container = browser.findElement(By.xpath(xpath));
        return Boolean.TRUE.equals(js("""
                const active = document.activeElement;
                return !!active && arguments[0].contains(active);""", container));
    }

    /** Whether the browser has no request to the server under way. */
    private boolean idle() {
        return Boolean.TRUE.equals(js("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                return !!clients && Object.values(clients).every(c => !c.isActive || !c.isActive());"""));
    }

    private String selectedHit() {
        return text(".fos-search-hit[aria-selected='true']");
    }

    /** The input of the field labelled {@code label} (Vaadin fields keep their label in light DOM). */
    private WebElement field(String label) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath(fieldXpath(label) + "//*[self::input or self::textarea]")));
    }

    private static String fieldXpath(String label) {
        return "//*[starts-with(local-name(), 'vaadin-')][label[normalize-space(.)='" + label + "']]";
    }

    /** Clicks once no toast covers the element (toasts sit bottom right, over dialog buttons). */
    private void click(By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        wait.until(driver -> !covered(element));
        element.click();
    }

    private boolean covered(WebElement element) {
        return Boolean.TRUE.equals(js("""
                const el = arguments[0];
                el.scrollIntoView({block: 'center'});
                const r = el.getBoundingClientRect();
                const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                if (!top) return false;
                const card = top.closest('vaadin-notification-card');
                return !!card && !card.contains(el);""", element));
    }

    /** HTML5 drag and drop as the browser fires it (Selenium's own drag does not fire HTML5 drag events). */
    private void drag(String sourceCss, String targetCss) {
        js("""
                const source = document.querySelector(arguments[0]);
                const target = document.querySelector(arguments[1]);
                const data = new DataTransfer();
                const fire = (element, type) => element.dispatchEvent(
                    new DragEvent(type, {bubbles: true, cancelable: true, composed: true, dataTransfer: data}));
                fire(source, 'dragstart');
                fire(target, 'dragenter');
                fire(target, 'dragover');
                fire(target, 'drop');
                fire(source, 'dragend');""", sourceCss, targetCss);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private String text(String css) {
        return browser.findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .reduce((a, b) -> a + "\n" + b)
                .orElse("")
                .strip();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String token() {
        var letters = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            letters.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }

    private static void settle() {
        try {
            Thread.sleep(500); // transitions and web fonts, before the picture; never for correctness
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}

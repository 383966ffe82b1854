package com.fashionos.ui.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Neural Draft journey in a real Chromium: sign in with the demo login, drag "Lumière Skin × Desert Noir" from
 * Lead to Pitch on the kanban, open the deal, watch the draft arrive in the right panel by server push, Approve &amp;
 * Send, and see the sent text on the deal's timeline (sandbox: "Not sent — sandbox"). Screenshots land in
 * {@code target/screenshots}.
 */
@DraftAppTest
class DraftJourneyIT {

    private static final Logger log = LoggerFactory.getLogger(DraftJourneyIT.class);
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    DraftFixtures fixtures;

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
    void drag_to_pitch_see_the_draft_approve_and_find_it_sent_on_the_timeline() throws IOException {
        // The demo seeds this deal without a primary contact, and the Pitch gate asks for one.
        UUID dealId = fixtures.lumiereWithPrimaryContact();
        var wait = new WebDriverWait(browser, Duration.ofSeconds(90));

        browser.get(url("/crm"));
        WebElement username =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        username.sendKeys(DraftFixtures.OWNER);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(DraftFixtures.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fos-shell")));

        browser.get(url("/crm/deals"));
        String card = "[data-deal='" + dealId + "']";
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-column='LEAD'] " + card)));
        settle();
        screenshot("draft-01-kanban");

        drag(card, "[data-column='PITCH']");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-column='PITCH'] " + card)));
        settle();
        screenshot("draft-02-dropped-on-pitch");

        browser.findElement(By.cssSelector(card)).click();
        wait.until(ExpectedConditions.urlContains("/crm/deals/" + dealId));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fos-intel .fos-draft-panel")));
        wait.until(driver -> text(".fos-draft-status").equals("Awaiting approval"));
        assertThat(text(".fos-draft-body")).isNotBlank();
        assertThat(text(".fos-draft-meta")).contains("local model");
        assertThat(text(".fos-draft-audit")).contains("Score");
        String body = text(".fos-draft-body");
        settle();
        screenshot("draft-03-draft-in-panel");

        // The "moved to Pitch" toast sits over the panel's corner for a few seconds; a user waits for it too.
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-notification-card")));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.fos-draft-approve")))
                .click();
        wait.until(driver -> text(".fos-draft-status").equals("Not sent — sandbox"));
        wait.until(driver -> text(".fos-deal-room").contains("Not sent — sandbox"));
        assertThat(text(".fos-draft-delivery")).startsWith("Not sent — sandbox");
        assertThat(text(".fos-deal-room")).contains(body.lines().findFirst().orElse(body));
        settle();
        screenshot("draft-04-sent-on-timeline");
    }

    /** HTML5 drag and drop as the browser fires it (Selenium's own drag does not fire HTML5 drag events). */
    private void drag(String sourceCss, String targetCss) {
        ((JavascriptExecutor) browser).executeScript("""
                const source = document.querySelector(arguments[0]);
                const target = document.querySelector(arguments[1]);
                const data = new DataTransfer();
                const fire = (element, type) => element.dispatchEvent(
                    new DragEvent(type, {bubbles: true, cancelable: true, composed: true, dataTransfer: data}));
                fire(source, 'dragstart');
                fire(target, 'dragenter');
                fire(target, 'dragover');
                fire(target, 'drop');
                fire(source, 'dragend');
                """, sourceCss, targetCss);
        log.info("Dragged {} onto {}", sourceCss, targetCss);
    }

    private String text(String css) {
        return browser.findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("")
                .strip();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void settle() {
        try {
            Thread.sleep(700); // transitions and web fonts, before the picture
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}

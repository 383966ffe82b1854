package com.fashionos.ui.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.ui.support.UiIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The contact list at a laptop's 1280 px in a real Chromium: a bookmarked filter URL opens the list filtered with
 * its chips, the filter panel and toolbar fit, and ticking rows brings up the bulk-actions bar. Screenshots go to
 * {@code target/screenshots}.
 */
@UiIntegrationTest
class ContactsListIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static WebDriver browser;

    @LocalServerPort
    int port;

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
    void a_bookmarked_filter_opens_filtered_and_selecting_rows_shows_the_bulk_actions() throws IOException {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        browser.get(url("/crm"));
        WebElement username =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        username.sendKeys("maison@fashionos.demo");
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("desertnoir25", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fos-shell")));

        browser.get(url("/crm/contacts"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid.fos-grid")));
        settle();
        screenshot("contacts-01-list");

        browser.get(url("/crm/contacts?type=buyer&tags=vip"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fos-filter-chip")));
        settle();
        List<String> chips = browser.findElements(By.cssSelector(".fos-filter-chip")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(String.join("|", chips)).contains("Type: Buyer", "Tags: vip");
        WebElement toolbar = browser.findElement(By.cssSelector(".fos-contacts-toolbar"));
        assertThat(toolbar.getRect().getWidth())
                .as("toolbar fits the main column")
                .isLessThanOrEqualTo(1280 - 264);
        screenshot("contacts-02-filtered");

        // tick the first two rows' selection checkboxes
        ((JavascriptExecutor) browser)
                .executeScript("const g = document.querySelector('vaadin-grid.fos-grid');"
                        + "const boxes = [...g.querySelectorAll('vaadin-checkbox')].filter(c => !c.hasAttribute('hidden'));"
                        + "boxes.slice(1, 3).forEach(c => c.click());");
        WebElement bar = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fos-bulk-bar")));
        wait.until(ExpectedConditions.textToBePresentInElement(bar, "2 selected"));
        assertThat(bar.getText()).contains("Add tag", "Add to segment", "Export selection");
        settle();
        screenshot("contacts-03-selection");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void settle() {
        try {
            Thread.sleep(800); // transitions and web fonts, before the picture
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}

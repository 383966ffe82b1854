package com.fashionos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.crm.demo.DemoProperties;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first minutes of a newcomer in a real Chromium at laptop size: a wrong password is refused with a message,
 * the demo login opens the triptych, the contacts list shows the demo contacts, a row fills the intelligence panel
 * and Ctrl+K reaches the global search. Screenshots land in {@code target/screenshots}.
 */
@UiIntegrationTest
class SignInJourneyIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    DemoProperties demo;

    @BeforeAll
    static void openBrowser() {
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900", "--lang=en-GB");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
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
    void newcomer_signs_in_with_the_demo_login_and_finds_the_contacts() throws IOException {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(url("/crm"));

        wait.until(ExpectedConditions.urlContains("/login"));
        WebElement username =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        settle();
        screenshot("01-login");

        username.sendKeys(demo.email());
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("not-the-password", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("error"));
        wait.until(driver -> text("vaadin-login-form").contains("Incorrect email or password."));
        settle();
        screenshot("02-login-refused");

        username = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        username.clear();
        username.sendKeys(demo.email());
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(demo.password(), Keys.ENTER);

        wait.until(ExpectedConditions.urlMatches(".*/crm(\\?.*)?$"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fos-shell .fos-kpi")));
        assertThat(browser.findElement(By.cssSelector(".fos-sidebar")).isDisplayed())
                .isTrue();
        assertThat(browser.findElement(By.cssSelector(".fos-main")).isDisplayed())
                .isTrue();
        assertThat(browser.findElement(By.cssSelector(".fos-intel")).isDisplayed())
                .isTrue();
        assertThat(text(".fos-intel")).contains("Select a contact, account or deal to see its intelligence.");
        assertThat(text(".fos-page-title")).isEqualTo("Dashboard");
        settle();
        screenshot("03-dashboard");

        browser.findElement(By.cssSelector("vaadin-side-nav-item[path='crm/contacts']"))
                .click();
        wait.until(ExpectedConditions.urlContains("/crm/contacts"));
        wait.until(driver -> rowCount() > 0);
        assertThat(text(".fos-count")).matches("\\d+ contacts");
        assertThat(rowCount()).isGreaterThan(5);
        settle();
        screenshot("04-contacts");

        List<WebElement> names = browser.findElements(By.cssSelector("vaadin-grid-cell-content .fos-cell-primary"));
        String first = names.getFirst().getText();
        names.getFirst().click();
        wait.until(driver ->
                text(".fos-intel").contains(first) && text(".fos-intel").contains("Last active"));
        settle();
        screenshot("05-contact-intelligence");
    }

    private long rowCount() {
        return browser.findElements(By.cssSelector("vaadin-grid-cell-content .fos-cell-primary")).stream()
                .filter(cell -> !cell.getText().isBlank())
                .count();
    }

    private String text(String css) {
        return browser.findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void settle() {
        try {
            Thread.sleep(600); // let transitions and web fonts finish before the picture
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}

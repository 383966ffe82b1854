package com.fashionos.ui.support;

import com.fashionos.crm.demo.DemoProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A real-browser journey's Chromium and the steps every journey takes, so a journey class keeps only its story. One
 * headless Chromium per class at a laptop's 1280×900 ({@code /usr/bin/chromium} and {@code /usr/bin/chromedriver},
 * or the system properties {@code selenium.chrome.binary} and {@code webdriver.chrome.driver}), pointed at the app of
 * the class's Spring Boot test on its random port. Register it in a {@code @SpringBootTest(webEnvironment =
 * RANDOM_PORT)} class:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final BrowserJourney browser = new BrowserJourney(Duration.ofSeconds(30));
 * }</pre>
 *
 * Screenshots land in {@code target/screenshots}; a test that fails leaves one of what the browser showed then,
 * {@code <class>-<test>-failure.png}.
 */
public final class BrowserJourney
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, TestExecutionExceptionHandler {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** How long the page gets to settle (transitions, web fonts) before a picture; never for correctness. */
    private static final Duration SETTLE = Duration.ofMillis(800);

    private final Duration patience;
    private @Nullable WebDriver browser;
    private @Nullable WebDriverWait wait;
    private @Nullable ApplicationContext app;

    /** @param patience how long a step may wait for the page before the journey gives up */
    public BrowserJourney(Duration patience) {
        this.patience = patience;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("selenium.chrome.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900", "--lang=en-GB");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, patience);
        // a condition that reads an element Vaadin re-renders meanwhile (a search hit, a toast) asks again
        wait.ignoring(StaleElementReferenceException.class);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        app = SpringExtension.getApplicationContext(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (browser != null) {
            try {
                save(context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName() + "-failure");
            } catch (IOException | RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
        throw failure;
    }

    // ---- the browser ----

    public WebDriver driver() {
        if (browser == null) {
            throw new IllegalStateException("The browser opens before the class's first test");
        }
        return browser;
    }

    /**
     * Waits (up to the journey's patience) until {@code condition} gives something other than null or false; an
     * element gone stale while the condition read it counts as not yet.
     */
    public <T> T until(Function<? super WebDriver, T> condition) {
        if (wait == null) {
            throw new IllegalStateException("The browser opens before the class's first test");
        }
        return wait.until(condition);
    }

    /** The address of {@code path} on the app under test. */
    public String url(String path) {
        if (app == null) {
            throw new IllegalStateException("The app's port is known once a test runs");
        }
        return "http://localhost:" + app.getEnvironment().getRequiredProperty("local.server.port") + path;
    }

    public void open(String path) {
        driver().get(url(path));
    }

    /** Signs in with the demo login unless this browser is signed in already; returns once the triptych shows. */
    public void signIn() {
        open("/crm");
        until(driver -> present("input[name='username']") || present(".fos-shell"));
        if (present(".fos-shell")) {
            return;
        }
        DemoProperties demo = demo();
        submitLogin(demo.email(), demo.password());
        waitFor(".fos-shell");
    }

    /** Types {@code email} and {@code password} into the login form and presses Enter. */
    public void submitLogin(String email, String password) {
        WebElement username = until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        username.clear();
        username.sendKeys(email);
        driver().findElement(By.cssSelector("input[name='password']")).sendKeys(password, Keys.ENTER);
    }

    /** The demo login of the app under test. */
    public DemoProperties demo() {
        if (app == null) {
            throw new IllegalStateException("The app is known once a test runs");
        }
        return app.getBean(DemoProperties.class);
    }

    // ---- reading the page ----

    /** Waits until an element matches {@code css}; returns the first. */
    public WebElement waitFor(String css) {
        return until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    public boolean present(String css) {
        return !driver().findElements(By.cssSelector(css)).isEmpty();
    }

    /** The visible text of the first element matching {@code css}, stripped; empty when none matches. */
    public String text(String css) {
        return driver().findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("")
                .strip();
    }

    /** The visible text of every element matching {@code css}, one per line, stripped; empty when none matches. */
    public String allText(String css) {
        return driver().findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .reduce((a, b) -> a + "\n" + b)
                .orElse("")
                .strip();
    }

    /** The input of the field labelled {@code label} (Vaadin fields keep their label in light DOM), once clickable. */
    public WebElement field(String label) {
        return until(ExpectedConditions.elementToBeClickable(
                By.xpath(fieldXpath(label) + "//*[self::input or self::textarea]")));
    }

    /** The Vaadin field labelled {@code label}. */
    public static String fieldXpath(String label) {
        return "//*[starts-with(local-name(), 'vaadin-')][label[normalize-space(.)='" + label + "']]";
    }

    /** Whether the focus is inside the element at {@code xpath}. */
    public boolean focusedInside(String xpath) {
        WebElement container = driver().findElement(By.xpath(xpath));
        return Boolean.TRUE.equals(js("""
                const active = document.activeElement;
                return !!active && arguments[0].contains(active);""", container));
    }

    /** Whether the browser has no request to the server under way. */
    public boolean idle() {
        return Boolean.TRUE.equals(js("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                return !!clients && Object.values(clients).every(c => !c.isActive || !c.isActive());"""));
    }

    // ---- toasts ----

    /** Waits until a toast says {@code text}. */
    public void awaitToast(String text) {
        until(driver -> allText("vaadin-notification-card").contains(text));
    }

    /** Waits until every toast has gone, as a user waits for one that covers what they want to click. */
    public void awaitNoToast() {
        until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-notification-card")));
    }

    // ---- acting ----

    /** Clicks once no toast covers the element (toasts sit bottom right, over dialog buttons). */
    public void click(By by) {
        WebElement element = until(ExpectedConditions.elementToBeClickable(by));
        until(driver -> !covered(element));
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
    public void drag(String sourceCss, String targetCss) {
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

    public @Nullable Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver()).executeScript(script, args);
    }

    // ---- pictures ----

    /** Lets the page settle, then saves what the browser shows as {@code target/screenshots/<name>.png}. */
    public void screenshot(String name) throws IOException {
        settle();
        save(name);
    }

    /** Gives transitions and web fonts time to finish before a picture or a look at the layout. */
    public static void settle() {
        try {
            Thread.sleep(SETTLE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void save(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES));
    }
}

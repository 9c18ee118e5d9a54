package org.roundtable.service.web;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium, headless, through Debian's ChromeDriver ({@code scripts/ensure-browser.sh} installs both):
 * nothing is downloaded at run time. Checks a page with axe-core and saves screenshots under {@code target/}.
 */
final class Browser implements AutoCloseable {

    private static final Path AXE = Path.of("..", "scripts", "browser", "node_modules", "axe-core", "axe.min.js");
    private static final Path SHOTS = Path.of("target", "browser-screenshots");

    final ChromeDriver driver;

    Browser(String language) {
        this(language, true);
    }

    /** A browser that runs no JavaScript when {@code javaScript} is false: pages must work as plain forms and links. */
    Browser(String language, boolean javaScript) {
        ChromeOptions options = new ChromeOptions();
        if (!javaScript) {
            options.addArguments("--blink-settings=scriptEnabled=false");
        }
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
    }

    /** Logs in on the login page as a demo person (password {@code demo}) and waits for the next page. */
    void logIn(int port, String person) {
        driver.get("http://localhost:" + port + "/login");
        submitLogin(person);
    }

    /** Fills in the login page that is shown and waits until the browser has left it. */
    void submitLogin(String person) {
        driver.findElement(By.id("username")).sendKeys(person);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("button[type=submit].primary")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Clicks a link and waits until the browser has gone where it leads. */
    void follow(By link) {
        String target = driver.findElement(link).getDomAttribute("href");
        driver.findElement(link).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(target));
    }

    /**
     * Waits until the element has left the page, as when the page it was on has been replaced. Chromium answers a
     * question about such an element either as stale or, while the next page is being built, with "node does not
     * belong to the document": both mean it is gone.
     */
    void waitUntilGone(WebElement element) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(any -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException answer) {
                if (String.valueOf(answer.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw answer;
            }
        });
    }

    /** The accessibility violations axe-core finds on the page that are serious or critical. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> seriousViolations() {
        String axe;
        try {
            axe = Files.readString(AXE);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is missing: run scripts/ensure-browser.sh", e);
        }
        JavascriptExecutor js = driver;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']}})
                   .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                                                .map(v => ({id: v.id, impact: v.impact, help: v.help,
                                                            nodes: v.nodes.map(n => n.target.join(' '))}))))
                   .catch(e => done([{id: 'axe-failed', help: String(e)}]));""");
        return (List<Map<String, Object>>) result;
    }

    /** Saves a screenshot of the page under target/browser-screenshots. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SHOTS);
            Path file = SHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}

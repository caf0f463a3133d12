package id.layanankecamatan.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for one test class: the installed browser and driver are set explicitly, so Selenium
 * Manager never tries to download anything. Screenshots go to target/screenshots/NAME.png.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Path profile;
    private final ChromeDriverService service;
    final ChromeDriver driver;

    private Browser(Path profile, ChromeDriverService service, ChromeDriver driver) {
        this.profile = profile;
        this.service = service;
        this.driver = driver;
    }

    static Browser start() {
        return start(Map.of(), null);
    }

    /** The browser of someone elsewhere: its time zone (e.g. "UTC") and its language (e.g. "en-US"). */
    static Browser startIn(String timeZone, String language) {
        return start(Map.of("TZ", timeZone), language);
    }

    private static Browser start(Map<String, String> environment, String language) {
        System.setProperty("SE_AVOID_STATS", "true");
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--window-size=1280,1600", "--user-data-dir=" + profile.toAbsolutePath());
            if (language != null) {
                options.addArguments("--lang=" + language);
                options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
            }
            // the browser inherits the driver's environment: TZ is its time zone
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                    .withEnvironment(environment).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(profile, service, driver);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new visitor of the portal at {@code baseUrl}: no cookies, and no draft the form kept in the tab. */
    void freshVisitor(String baseUrl) {
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "/portal.css");
        driver.executeScript("sessionStorage.clear()");
    }

    WebDriverWait waiting(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    /**
     * Clicks as a person taps: if the page was still moving (a photo's row growing as it uploads) and something
     * else lies under the point for a moment, taps again once it has settled, for up to ten seconds.
     */
    void press(By target) {
        waiting(10).ignoring(ElementClickInterceptedException.class).until(d -> {
            d.findElement(target).click();
            return true;
        });
    }

    void phoneSize() {
        driver.manage().window().setSize(new Dimension(412, 915));
    }

    void desktopSize() {
        driver.manage().window().setSize(new Dimension(1280, 1600));
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Logs in on the login form of a Camunda webapp (tasklist, cockpit) as a demo user; the caller waits for what follows. */
    void logInToCamunda(String appUrl, String user) {
        driver.get(appUrl);
        waiting(30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
                .sendKeys(user);
        driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
        driver.findElement(By.cssSelector("button[type='submit']")).click();
    }

    WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temp profile is harmless
            }
        }
    }
}

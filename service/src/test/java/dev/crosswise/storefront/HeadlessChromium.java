package dev.crosswise.storefront;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver ({@code apt-get install chromium chromium-driver}; {@code .ci/run} installs
 * them), started headless with a fresh profile. Both paths are given to Selenium, so Selenium Manager never looks for
 * (or downloads) a browser or driver. {@code CROSSWISE_CHROMIUM} and {@code CROSSWISE_CHROMEDRIVER} point elsewhere.
 */
final class HeadlessChromium {

    static final Path BROWSER = Path.of(setting("CROSSWISE_CHROMIUM", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(setting("CROSSWISE_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private HeadlessChromium() {
    }

    /** A new browser; fails, saying what to install, when Chromium or chromedriver is missing. */
    static ChromeDriver start(Path profile) {
        for (Path binary : new Path[] {BROWSER, DRIVER}) {
            if (!Files.isExecutable(binary)) {
                throw new IllegalStateException(binary + " not found: the browser test needs Debian's Chromium and "
                        + "chromedriver (apt-get install -y chromium chromium-driver; .ci/run installs them), or "
                        + "CROSSWISE_CHROMIUM / CROSSWISE_CHROMEDRIVER pointing at them");
            }
        }
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        var options = new ChromeOptions().setBinary(BROWSER.toFile()).addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                // without these Chromium's own connections (updates, sync, QUIC probes) are refused on a closed network
                "--user-data-dir=" + profile, "--window-size=1280,900");
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

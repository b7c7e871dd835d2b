package co.gestionabierta.testsupport;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Starts Debian's headless Chromium through its chromedriver, in Spanish (Colombia). Browser tests are
 * skipped, with the reason, where /usr/bin/chromium or /usr/bin/chromedriver is missing.
 */
public final class Chromium {

    public static final Path BINARY = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /** Skips the calling test when Chromium or its driver is not installed. */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(BINARY) && Files.isExecutable(DRIVER),
                "Browser tests skipped: install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
    }

    public static ChromeDriver start(int windowHeight) {
        ChromeOptions options = new ChromeOptions()
                .setBinary(BINARY.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--window-size=1280," + windowHeight, "--lang=es-CO");
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
    }

    /** Saves a screenshot of the page to target/screenshots/NAME.png. */
    public static void screenshot(ChromeDriver browser, String name) throws IOException {
        Path target = Path.of(System.getProperty("ga.build.dir"), "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}

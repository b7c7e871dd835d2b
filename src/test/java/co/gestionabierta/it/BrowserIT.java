package co.gestionabierta.it;

import co.gestionabierta.testsupport.Deployments;
import co.gestionabierta.testsupport.Urls;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Opens the pages in Debian's headless Chromium through its chromedriver, and saves screenshots in
 * target/screenshots. Skipped, with the reason, where /usr/bin/chromium or chromedriver is missing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private ChromeDriver browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void openBrowser() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--window-size=1280,1400", "--lang=es-CO");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void citizenReadsLastSessionInSpanish() throws Exception {
        browser.get(Urls.base());
        assertEquals("Rendición de cuentas", browser.findElement(By.tagName("h1")).getText());
        screenshot("home-es");

        browser.findElement(By.linkText("Diálogos de Superciudad: Rendición de cuentas 2025")).click();

        assertEquals("Diálogos de Superciudad: Rendición de cuentas 2025", browser.findElement(By.tagName("h1")).getText());
        List<WebElement> questions = browser.findElements(By.cssSelector(".question"));
        assertEquals(7, questions.size());
        assertEquals(7, browser.findElements(By.cssSelector(".question .tag-example")).size());
        assertEquals("Ejemplo", questions.get(0).findElement(By.cssSelector(".tag-example")).getText());
        assertEquals(expectedSubmittedAt(), questions.get(0).findElement(By.tagName("time")).getText());
        screenshot("session-es");
    }

    @Test
    void visitorSwitchesToEnglishAndBack() throws Exception {
        browser.get(Urls.base() + "departments.xhtml");
        assertEquals("Dependencias", browser.findElement(By.tagName("h1")).getText());

        browser.findElement(By.id("language:en")).click();
        assertEquals("Departments", browser.findElement(By.tagName("h1")).getText());
        assertEquals("en", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
        screenshot("departments-en");

        browser.findElement(By.id("language:es")).click();
        assertEquals("Dependencias", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void languageSwitchKeepsSessionPage() throws Exception {
        browser.get(Urls.base() + "sessions.xhtml");
        browser.findElement(By.linkText("Rendición de cuentas vigencia 2024")).click();

        browser.findElement(By.id("language:en")).click();

        assertEquals("Rendición de cuentas vigencia 2024", browser.findElement(By.tagName("h1")).getText());
        assertEquals("Agenda", browser.findElement(By.id("agenda")).getText());
        screenshot("session-en");
    }

    /** The first example question's submission time, as the page must show it in Bogotá. */
    private static String expectedSubmittedAt() throws SQLException {
        String url = "jdbc:mariadb://127.0.0.1:" + System.getProperty("ga.it.db.port") + "/gestionabierta";
        try (Connection connection = DriverManager.getConnection(url, System.getProperty("ga.it.db.user"),
                System.getProperty("ga.it.db.password"));
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT submitted_at FROM question ORDER BY submitted_at, id LIMIT 1")) {
            row.next();
            // Stored in UTC; shown in the entity's zone while the test server's JVM runs in Asia/Tokyo.
            // The browser reports the no-break space of "p. m." as a plain space.
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                    .withLocale(Locale.forLanguageTag("es-CO"))
                    .format(row.getObject(1, java.time.LocalDateTime.class).atZone(ZoneId.of("UTC"))
                            .withZoneSameInstant(ZoneId.of("America/Bogota"))).replace('\u00a0', ' ');
        }
    }

    private void screenshot(String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Path target = Path.of(System.getProperty("ga.build.dir"), "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}

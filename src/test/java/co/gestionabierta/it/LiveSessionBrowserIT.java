package co.gestionabierta.it;

import co.gestionabierta.testsupport.Chromium;
import co.gestionabierta.testsupport.Deployments;
import co.gestionabierta.testsupport.TestDatabase;
import co.gestionabierta.testsupport.ModeratorClient;
import co.gestionabierta.testsupport.Urls;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static co.gestionabierta.testsupport.TestDatabase.connect;
import static co.gestionabierta.testsupport.TestDatabase.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A moderator runs a session in one headless Chromium while a citizen follows the live page in another:
 * the live page changes without reloading, and catches up after its web socket was closed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LiveSessionBrowserIT {

    /** How long a page may take to show a pushed change; generous for a loaded CI machine. */
    private static final Duration PUSH_WAIT = Duration.ofSeconds(10);

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void requireChromium() {
        Chromium.assumeInstalled();
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(ChromeDriver::quit);
    }

    private ChromeDriver openBrowser() {
        ChromeDriver browser = Chromium.start(1400);
        browsers.add(browser);
        return browser;
    }

    private static void signIn(ChromeDriver browser, String email) {
        browser.get(Urls.base() + "login.xhtml");
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(System.getenv("GA_DEMO_PASSWORD"));
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, PUSH_WAIT).until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
    }

    private static List<String> agendaTitles(ChromeDriver browser) {
        return browser.findElements(By.cssSelector("#agenda-form .agenda-title")).stream().map(WebElement::getText).toList();
    }

    private static List<String> firstRowCells(ChromeDriver browser) {
        return browser.findElements(By.cssSelector("#agenda-form\\:agenda-table_data > tr")).get(0)
                .findElements(By.tagName("td")).subList(0, 2).stream()
                .map(cell -> cell.getText().replace('\u00a0', ' ')).toList();
    }

    /** Waits until the element shows the text; a post may still be replacing the page when it is first read. */
    private static void waitForText(ChromeDriver browser, String id, String expected) {
        new WebDriverWait(browser, PUSH_WAIT).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBe(By.id(id), expected));
    }

    /** Reads the page message once the page that shows it has loaded; a post may still be replacing the page. */
    private static String message(ChromeDriver browser) {
        return new WebDriverWait(browser, PUSH_WAIT).ignoring(StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> d.findElement(By.cssSelector("#messages li")).getText());
    }

    @Test
    void moderatorBuildsAgendaAndRunsLivePage() throws Exception {
        long id = new ModeratorClient().createSession("Prueba: sesión en vivo con dos navegadores", "2022-12-16",
                "SED", "SPD");
        long questionId = TestDatabase.insertPublishedQuestion(id, "SED", "¿Cuándo abre la nueva sede del colegio de Olaya Herrera?");
        ChromeDriver moderator = openBrowser();
        signIn(moderator, ModeratorClient.EMAIL);

        moderator.get(Urls.base() + "moderator/session.xhtml?id=" + id);
        for (String[] item : new String[][]{{"Instalación", "10"}, {"Informe de gestión: Educación", "30"},
                {"Informe de gestión: Planeación", "20"}}) {
            moderator.findElement(By.id("item-form:item-title")).sendKeys(item[0]);
            moderator.findElement(By.id("item-form:item-minutes")).sendKeys(item[1]);
            moderator.findElement(By.id("item-form:save-item")).click();
            assertEquals("El punto quedó agregado al orden del día.", message(moderator));
        }
        moderator.findElement(By.id("agenda-form:agenda-table:1:down")).click();
        List<String> movedDown = List.of("Instalación", "Informe de gestión: Planeación", "Informe de gestión: Educación");
        new WebDriverWait(moderator, PUSH_WAIT).ignoring(StaleElementReferenceException.class)
                .until(d -> agendaTitles(moderator).equals(movedDown));
        dragRow(moderator, 2, 0);
        // The drop moves the row at once in the page; the server's answer then replaces the table and messages,
        // with the stored positions and the start times recomputed.
        List<String> expected = List.of("Informe de gestión: Educación", "Instalación", "Informe de gestión: Planeación");
        new WebDriverWait(moderator, PUSH_WAIT).ignoring(StaleElementReferenceException.class)
                .until(d -> agendaTitles(moderator).equals(expected)
                        && firstRowCells(moderator).equals(List.of("1", "9:00 a. m.")));
        assertEquals("El orden del día quedó reordenado.", message(moderator));
        assertEquals(List.of("1|Informe de gestión: Educación", "2|Instalación", "3|Informe de gestión: Planeación"),
                strings("SELECT CONCAT(sort_order, '|', title) FROM agenda_item WHERE session_id = ? ORDER BY sort_order", id));
        Chromium.screenshot(moderator, "moderator-agenda");

        moderator.findElement(By.id("stage-form:publish")).click();
        waitForText(moderator, "stage-status", "Programada");
        moderator.findElement(By.id("stage-form:start")).click();
        Alert goLive = moderator.switchTo().alert();
        assertEquals("¿Poner la sesión en vivo ahora? Las páginas públicas mostrarán el primer punto del orden del día en pantalla.",
                goLive.getText());
        goLive.dismiss();
        assertEquals("Programada", moderator.findElement(By.id("stage-status")).getText(), "dismissing keeps the session scheduled");
        moderator.findElement(By.id("stage-form:start")).click();
        moderator.switchTo().alert().accept();
        waitForText(moderator, "stage-status", "En vivo");

        ChromeDriver citizen = openBrowser();
        citizen.get(Urls.base() + "live.xhtml?id=" + id);
        assertEquals("Informe de gestión: Educación", citizen.findElement(By.id("current-item")).getText());
        assertEquals("Instalación · 9:30 a. m.", citizen.findElement(By.id("next-item")).getText().replace('\u00a0', ' '));
        waitForSocket(citizen);

        moderator.findElement(By.id("stage-form:console")).click();
        moderator.findElement(By.id("console:next")).click();
        new WebDriverWait(citizen, PUSH_WAIT).until(ExpectedConditions.textToBe(By.id("current-item"), "Instalación"));
        assertEquals("Informe de gestión: Planeación · 9:40 a. m.",
                citizen.findElement(By.id("next-item")).getText().replace('\u00a0', ' '));

        moderator.findElement(By.cssSelector("input[aria-label='Mostrar en pantalla: " + questionId + "']")).click();
        new WebDriverWait(citizen, PUSH_WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("current-question"), "¿Cuándo abre la nueva sede del colegio de Olaya Herrera?"));
        Chromium.screenshot(citizen, "live-page");

        // A viewer that lost its connection catches up when the web socket opens again.
        citizen.executeScript("gaLiveDisconnect();");
        moderator.findElement(By.id("console:next")).click();
        waitForText(moderator, "console-current", "Informe de gestión: Planeación");
        assertEquals("Instalación", citizen.findElement(By.id("current-item")).getText());
        citizen.executeScript("gaLiveConnect();");
        new WebDriverWait(citizen, PUSH_WAIT).until(ExpectedConditions.textToBe(By.id("current-item"),
                "Informe de gestión: Planeación"));
        assertEquals("Este es el último punto del orden del día.", citizen.findElement(By.id("next-item")).getText());
        assertEquals(0L, citizen.executeScript("return performance.getEntriesByType('navigation').length - 1;"),
                "the live page never reloaded");

        moderator.get(Urls.base() + "moderator/session.xhtml?id=" + id);
        moderator.findElement(By.id("stage-form:end-live")).click();
        moderator.switchTo().alert().accept();
        new WebDriverWait(citizen, PUSH_WAIT).until(ExpectedConditions.textToBe(By.id("live-not-live"),
                "La sesión no está en vivo. Estado: Respuestas por escrito en curso."));
    }

    /** Drags an agenda row above another one with the mouse, in small steps as a person would. */
    private static void dragRow(ChromeDriver browser, int from, int to) {
        List<WebElement> rows = browser.findElements(By.cssSelector("#agenda-form\\:agenda-table_data > tr"));
        WebElement source = rows.get(from).findElements(By.tagName("td")).get(2);
        WebElement target = rows.get(to).findElements(By.tagName("td")).get(2);
        int distance = target.getLocation().getY() - source.getLocation().getY() - target.getSize().getHeight() / 2;
        Actions drag = new Actions(browser).moveToElement(source).clickAndHold().pause(Duration.ofMillis(150));
        for (int step = 1; step <= 8; step++) {
            drag.moveByOffset(0, distance / 8).pause(Duration.ofMillis(60));
        }
        drag.pause(Duration.ofMillis(300)).release().perform();
    }

    /** Waits until the page's web socket is open, so that the next push reaches it. */
    private static void waitForSocket(ChromeDriver browser) {
        new WebDriverWait(browser, PUSH_WAIT).until(d -> Boolean.TRUE.equals(
                browser.executeScript("return typeof gaLiveConnected !== 'undefined' && gaLiveConnected;")));
    }
}

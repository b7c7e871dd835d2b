package co.gestionabierta.it;

import co.gestionabierta.testsupport.Citizens;
import co.gestionabierta.testsupport.Chromium;
import co.gestionabierta.testsupport.Deployments;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static co.gestionabierta.testsupport.TestDatabase.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A citizen asks in headless Chromium, double-clicking the button, and a moderator approves the question. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuestionsBrowserIT {

    private ChromeDriver browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void openBrowser() {
        Chromium.assumeInstalled();
        browser = Chromium.start(1600);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void citizenDoubleClickAsksOnce() throws Exception {
        ModeratorClient moderator = new ModeratorClient();
        long sessionId = moderator.createSessionWithWindow("Prueba: pregunta desde el navegador", "2030-07-19",
                "2026-01-01T08:00", "2030-07-19T12:00", "BEFORE", "SED");
        moderator.addItem(sessionId, "Informe de gestión: Educación", "SED", 30);
        moderator.stage(sessionId, "publish");
        String email = Citizens.create("Dilia Carolina Puello");
        String text = "¿Cuándo reabre la biblioteca del colegio de Pasacaballos? 📚 <i>gracias</i>";

        browser.get(Urls.base() + "login.xhtml");
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(Citizens.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
        browser.get(Urls.base() + "session.xhtml?id=" + sessionId);
        browser.findElement(By.id("ask-link")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("account/ask.xhtml"));
        Chromium.screenshot(browser, "ask-page");
        new Select(browser.findElement(By.id("ask:department"))).selectByVisibleText("Secretaría de Educación");
        new Select(browser.findElement(By.id("ask:agenda-item"))).selectByVisibleText("Informe de gestión: Educación");
        // ChromeDriver types only characters of the Basic Multilingual Plane, so the emoji is pasted in.
        WebElement textArea = browser.findElement(By.id("ask:text"));
        browser.executeScript("arguments[0].value = arguments[1]", textArea, text);
        browser.findElement(By.cssSelector("label[for='ask:consent']")).click();
        WebElement submit = browser.findElement(By.id("ask:submit"));
        new Actions(browser).doubleClick(submit).perform();

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.cssSelector("#notices li"),
                "Su pregunta quedó recibida y se publicará cuando el equipo de moderación la revise. Le avisaremos por correo cuando tenga respuesta."));
        assertEquals(java.util.List.of("1|PENDING|Informe de gestión: Educación"), strings("SELECT CONCAT(COUNT(*), '|',"
                + " MAX(q.status), '|', MAX(i.title)) FROM question q JOIN agenda_item i ON i.id = q.agenda_item_id"
                + " WHERE q.body = ?", text));
        Chromium.screenshot(browser, "question-asked");
    }
}

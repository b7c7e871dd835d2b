package co.gestionabierta.it;

import co.gestionabierta.testsupport.Axe;
import co.gestionabierta.testsupport.Chromium;
import co.gestionabierta.testsupport.Citizens;
import co.gestionabierta.testsupport.Deployments;
import co.gestionabierta.testsupport.ModeratorClient;
import co.gestionabierta.testsupport.TestDatabase;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * WCAG 2.1 AA in Chromium. axe-core checks every public page and the forms of each role, and any violation
 * fails the build with the rule and the elements. The keyboard alone reaches the content through the skip
 * link, with a visible focus, and answers a whole survey. The main pages fit a phone's width and 200 % zoom
 * without sideways scrolling.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityBrowserIT {

    private ChromeDriver browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void openBrowser() {
        Chromium.assumeInstalled();
        browser = Chromium.start(1400);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static long id(String sql) throws Exception {
        return Long.parseLong(TestDatabase.strings(sql).get(0));
    }

    /** Opens each page and collects axe's findings; the assertion lists every page with its violations. */
    private void assertNoViolations(List<String> paths) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (String path : paths) {
            browser.get(Urls.base() + path);
            List<String> violations = Axe.violations(browser);
            if (!violations.isEmpty()) {
                found.put(path, violations);
            }
        }
        assertEquals(Map.of(), found, "axe-core WCAG 2.1 AA violations");
    }

    private void signIn(String email, String password) {
        browser.get(Urls.base() + "login.xhtml");
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
    }

    /** A session in its answering stage with the suggested survey, as moderators leave it after the live part. */
    private static long sessionWithSurvey(String title) throws Exception {
        ModeratorClient moderator = new ModeratorClient();
        long sessionId = moderator.createSession(title, "2022-10-21", "SED");
        moderator.addItem(sessionId, "Balance del año escolar", "SED", 30);
        moderator.stage(sessionId, "publish");
        moderator.stage(sessionId, "start");
        TestDatabase.insertPublishedQuestion(sessionId, "SED", "¿Cuándo llegan los computadores a la I.E. de Pasacaballos?");
        moderator.stage(sessionId, "end-live");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(moderator.http().get("moderator/survey.xhtml?id=" + sessionId).body());
        moderator.http().submit(page, "questions", Map.of(), "questions:suggested");
        return sessionId;
    }

    /** A session being held now, with one published question. */
    private static long liveSession(String title) throws Exception {
        ModeratorClient moderator = new ModeratorClient();
        long sessionId = moderator.createSession(title, "2022-10-28", "SED");
        moderator.addItem(sessionId, "Diálogo con la ciudadanía", "SED", 45);
        moderator.stage(sessionId, "publish");
        moderator.stage(sessionId, "start");
        TestDatabase.insertPublishedQuestion(sessionId, "SED", "¿Qué pasará con el PAE en las vacaciones de mitad de año?");
        return sessionId;
    }

    @Test
    void publicPagesPassAxe() throws Exception {
        long closed = id("SELECT id FROM accountability_session WHERE title = 'Diálogos de Superciudad: Rendición de cuentas 2025'");
        long upcoming = id("SELECT id FROM accountability_session WHERE status = 'SCHEDULED' ORDER BY id LIMIT 1");
        long commitment = id("SELECT id FROM commitment ORDER BY id LIMIT 1");
        long surveyed = sessionWithSurvey("Prueba: accesibilidad de la encuesta");
        long live = liveSession("Prueba: accesibilidad de la página en vivo");
        assertNoViolations(List.of("", "sessions.xhtml", "live.xhtml?id=" + live, "session.xhtml?id=" + live,
                "session.xhtml?id=" + closed, "session.xhtml?id=" + upcoming,
                "session-report.xhtml?id=" + closed, "commitments.xhtml", "commitment.xhtml?id=" + commitment,
                "departments.xhtml", "reports.xhtml", "accountability.xhtml", "statistics.xhtml",
                "search.xhtml?q=colegios", "opendata.xhtml", "privacy.xhtml", "login.xhtml", "register.xhtml",
                "forgot-password.xhtml", "survey.xhtml?id=" + surveyed, "survey.xhtml?id=" + closed,
                "session.xhtml?id=999999999"));
    }

    @Test
    void formsOfEachRolePassAxe() throws Exception {
        long upcoming = id("SELECT id FROM accountability_session WHERE status = 'SCHEDULED' ORDER BY id LIMIT 1");
        long surveyed = sessionWithSurvey("Prueba: accesibilidad de los formularios");
        long live = liveSession("Prueba: accesibilidad de la consola en vivo");
        long question = id("SELECT q.id FROM question q JOIN department d ON d.id = q.department_id"
                + " WHERE d.code = 'SED' AND q.session_id = " + surveyed);
        long commitment = id("SELECT c.id FROM commitment c JOIN department d ON d.id = c.responsible_department_id"
                + " WHERE d.code = 'SPD' AND c.status NOT IN ('COMPLETED', 'CANCELLED') ORDER BY c.id LIMIT 1");
        String password = System.getenv("GA_DEMO_PASSWORD");
        ModeratorClient moderator = new ModeratorClient();
        long asking = moderator.createSessionWithWindow("Prueba: accesibilidad del formulario de preguntas", "2030-07-19",
                "2026-01-01T08:00", "2030-07-19T12:00", "BEFORE", "SED");
        moderator.addItem(asking, "Informe de gestión: Educación", "SED", 30);
        moderator.stage(asking, "publish");

        String citizen = Citizens.create("Dayana Julio Cassiani");
        signIn(citizen, Citizens.PASSWORD);
        List<String> citizenPages = List.of("session.xhtml?id=" + upcoming, "session.xhtml?id=" + live,
                "survey.xhtml?id=" + surveyed, "account/ask.xhtml?session=" + asking, "account/questions.xhtml",
                "account/notifications.xhtml", "account/my-data.xhtml");
        assertNoViolations(citizenPages);

        browser.manage().deleteAllCookies();
        signIn("educacion@gestionabierta.example", password);
        assertNoViolations(List.of("secretary/questions.xhtml", "secretary/question.xhtml?id=" + question,
                "secretary/commitments.xhtml", "secretary/commitment.xhtml?session=" + surveyed, "secretary/reports.xhtml",
                "secretary/report.xhtml"));

        browser.manage().deleteAllCookies();
        signIn("planeacion@gestionabierta.example", password);
        assertNoViolations(List.of("secretary/commitment-progress.xhtml?id=" + commitment));

        browser.manage().deleteAllCookies();
        signIn(ModeratorClient.EMAIL, password);
        assertNoViolations(List.of("moderator/sessions.xhtml", "moderator/session.xhtml", "moderator/session.xhtml?id=" + surveyed,
                "moderator/questions.xhtml?id=" + upcoming, "moderator/live.xhtml?id=" + live,
                "moderator/survey.xhtml?id=" + surveyed));

        browser.manage().deleteAllCookies();
        signIn("administrador@gestionabierta.example", password);
        assertNoViolations(List.of("admin/users.xhtml", "admin/departments.xhtml", "admin/settings.xhtml",
                "admin/audit.xhtml", "admin/datasets.xhtml", "admin/commitment.xhtml"));
    }

    @Test
    void keyboardAloneReachesContentAndAnswersSurvey() throws Exception {
        long surveyed = sessionWithSurvey("Prueba: encuesta con el teclado");
        String citizen = Citizens.create("Rafael Escalona Teclado");
        signIn(citizen, Citizens.PASSWORD);
        // A headless window never has the system's focus; without this, :focus styles would never apply.
        browser.executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
        browser.get(Urls.base() + "survey.xhtml?id=" + surveyed);

        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement skip = browser.switchTo().activeElement();
        assertEquals("Ir al contenido principal", skip.getText());
        assertEquals("solid", focusOutline(), "the focused skip link shows an outline");
        skip.sendKeys(Keys.ENTER);
        assertEquals("contenido", browser.switchTo().activeElement().getDomAttribute("id"));

        // From the main content, Tab reaches the first scale; arrows choose within a group, as in any radio group.
        tabTo("input[type=radio]");
        assertEquals("solid", focusOutline(), "the focused radio button shows an outline");
        keys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        keys(Keys.TAB, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        keys(Keys.TAB, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        keys(Keys.TAB);
        browser.switchTo().activeElement().sendKeys("Que repitan la sesión en la Localidad 3, por favor.");
        keys(Keys.TAB);
        assertEquals("Enviar mis respuestas", browser.switchTo().activeElement().getDomAttribute("value"));
        keys(Keys.ENTER);

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.cssSelector("#messages li"),
                "Gracias. Su evaluación quedó registrada."));
        assertEquals(List.of("5|Radio o televisión|Que repitan la sesión en la Localidad 3, por favor.|4"),
                TestDatabase.strings("SELECT CONCAT(MAX(a1.scale_value), '|', MAX(a3.choice), '|', MAX(a4.text_value), '|',"
                        + " MAX(a2.scale_value)) FROM survey_response r"
                        + " JOIN user_account u ON u.id = r.account_id"
                        + " JOIN survey_question q1 ON q1.session_id = r.session_id AND q1.position = 1"
                        + " JOIN survey_question q2 ON q2.session_id = r.session_id AND q2.position = 2"
                        + " JOIN survey_question q3 ON q3.session_id = r.session_id AND q3.position = 3"
                        + " JOIN survey_question q4 ON q4.session_id = r.session_id AND q4.position = 4"
                        + " LEFT JOIN survey_answer a1 ON a1.response_id = r.id AND a1.question_id = q1.id"
                        + " LEFT JOIN survey_answer a2 ON a2.response_id = r.id AND a2.question_id = q2.id"
                        + " LEFT JOIN survey_answer a3 ON a3.response_id = r.id AND a3.question_id = q3.id"
                        + " LEFT JOIN survey_answer a4 ON a4.response_id = r.id AND a4.question_id = q4.id"
                        + " WHERE u.email = ?", citizen));
    }

    /** Names the innermost elements that stick out on the right, to say what made a page too wide. */
    private String widest() {
        return (String) ((JavascriptExecutor) browser).executeScript("""
                const limit = document.documentElement.clientWidth;
                return [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > limit + 1
                        && ![...e.children].some(c => c.getBoundingClientRect().right > limit + 1))
                    .slice(0, 4)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')
                        + ' ' + Math.round(e.getBoundingClientRect().right))
                    .join(', ');
                """);
    }

    /** The outline style of the focused element, or what explains why it has none. */
    private String focusOutline() {
        return (String) ((JavascriptExecutor) browser).executeScript("""
                const e = document.activeElement;
                const style = getComputedStyle(e).outlineStyle;
                return style !== 'none' ? style : style + ' (document focused: ' + document.hasFocus()
                    + ', :focus ' + e.matches(':focus') + ', :focus-visible ' + e.matches(':focus-visible') + ')';
                """);
    }

    private void keys(CharSequence... keys) {
        for (CharSequence key : keys) {
            new Actions(browser).sendKeys(key).perform();
        }
    }

    private void tabTo(String css) {
        for (int i = 0; i < 80; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            if (browser.switchTo().activeElement().equals(browser.findElement(By.cssSelector(css)))) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + css);
    }

    @Test
    void pagesFitPhoneWidthAndDoubleZoom() throws Exception {
        long closed = id("SELECT id FROM accountability_session WHERE title = 'Diálogos de Superciudad: Rendición de cuentas 2025'");
        long commitment = id("SELECT id FROM commitment ORDER BY id LIMIT 1");
        List<String> paths = List.of("", "sessions.xhtml", "session.xhtml?id=" + closed, "session-report.xhtml?id=" + closed,
                "commitments.xhtml", "commitment.xhtml?id=" + commitment, "statistics.xhtml", "accountability.xhtml",
                "login.xhtml");
        List<String> overflowing = new ArrayList<>();
        // 360 CSS pixels is a common phone; 640 is a 1280-pixel window at 200 % zoom.
        for (int width : new int[] {360, 640}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            for (String path : paths) {
                browser.get(Urls.base() + path);
                long scrollWidth = (Long) ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                if (scrollWidth > 0) {
                    overflowing.add(width + " px: " + path + " is " + scrollWidth + " px too wide: " + widest());
                }
            }
            browser.get(Urls.base() + "statistics.xhtml");
            Chromium.screenshot(browser, "statistics-" + width);
        }
        assertEquals(List.of(), overflowing);

        // On a phone each session is a card, so its status tag reads whole on one line.
        browser.manage().window().setSize(new Dimension(360, 900));
        browser.get(Urls.base() + "sessions.xhtml");
        WebElement status = browser.findElement(By.cssSelector("#sessions tbody tr td:last-child"));
        assertEquals("block", status.getCssValue("display"));
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("const tag = arguments[0].querySelector('.tag');"
                + " return tag.getBoundingClientRect().height < 2.2 * parseFloat(getComputedStyle(tag).fontSize);", status));
        browser.get(Urls.base() + "statistics.xhtml");
        assertEquals(6, browser.findElements(By.cssSelector("#plan-progress .bar-row")).size());
    }
}

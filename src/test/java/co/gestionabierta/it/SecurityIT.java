package co.gestionabierta.it;

import co.gestionabierta.testsupport.Deployments;
import co.gestionabierta.testsupport.FacesClient;
import co.gestionabierta.testsupport.TestDatabase;
import co.gestionabierta.testsupport.Urls;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Accounts, roles and the security baseline, over real HTTP with a real SMTP server (GreenMail). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    private static final String DEMO_PASSWORD = System.getenv("GA_DEMO_PASSWORD");
    private static GreenMail smtp;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(Integer.parseInt(System.getProperty("ga.it.smtp.port")), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void anonymousSentToLoginFromPrivatePages() throws Exception {
        FacesClient anonymous = new FacesClient();
        for (String page : List.of("account/my-data.xhtml", "admin/users.xhtml", "admin/audit.xhtml",
                "admin/department.xhtml?id=1", "secretary/reports.xhtml", "secretary/report.xhtml?id=1")) {
            HttpResponse<String> response = anonymous.get(page);

            assertEquals(302, response.statusCode(), page);
            assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"), page);
        }
    }

    @Test
    void signInToAskFromSessionPageLandsOnQuestionForm() throws Exception {
        FacesClient citizen = new FacesClient();
        String sessionId = TestDatabase.strings("SELECT id FROM accountability_session WHERE title LIKE '%(ejemplo)'").get(0);
        Document sessionPage = Jsoup.parse(citizen.get("session.xhtml?id=" + sessionId).body());
        String loginHref = sessionPage.getElementById("ask-login").attr("href");

        Document loginPage = Jsoup.parse(citizen.get(loginHref.substring(1)).body());
        HttpResponse<String> landed = citizen.submit(loginPage, "login", Map.of("login:email",
                "ciudadana@gestionabierta.example", "login:password", DEMO_PASSWORD), "login:submit");

        assertEquals("/login.xhtml?from=%2Faccount%2Fask.xhtml%3Fsession%3D" + sessionId, loginHref);
        assertEquals(Urls.base() + "account/ask.xhtml?session=" + sessionId, landed.uri().toString());
        assertEquals(1, Jsoup.parse(landed.body()).select("form#ask").size());
    }

    @Test
    void citizenForbiddenFromStaffPages() throws Exception {
        FacesClient citizen = new FacesClient();
        citizen.login("ciudadana@gestionabierta.example", DEMO_PASSWORD);

        assertEquals(403, citizen.get("admin/users.xhtml").statusCode());
        assertEquals(403, citizen.get("secretary/reports.xhtml").statusCode());
        assertEquals(200, citizen.get("account/my-data.xhtml").statusCode());
    }

    @Test
    void secretaryCannotTouchOtherDepartmentsReport() throws Exception {
        String planningReport = TestDatabase.strings("SELECT r.id FROM management_report r JOIN department d"
                + " ON d.id = r.department_id WHERE d.code = 'SPD' ORDER BY r.id LIMIT 1").get(0);
        String planningTitle = title(planningReport);
        String educationReport = TestDatabase.strings("SELECT r.id FROM management_report r JOIN department d"
                + " ON d.id = r.department_id WHERE d.code = 'SED' ORDER BY r.id LIMIT 1").get(0);
        FacesClient secretary = new FacesClient();
        secretary.login("educacion@gestionabierta.example", DEMO_PASSWORD);

        Document list = Jsoup.parse(secretary.get("secretary/reports.xhtml").body());
        // Other test classes upload reports for Educación too; the list contains exactly Educación's reports.
        assertEquals(TestDatabase.strings("SELECT r.title FROM management_report r JOIN department d"
                        + " ON d.id = r.department_id WHERE d.code = 'SED' ORDER BY r.published_on DESC, r.id DESC"),
                list.select("#own-reports a").eachText());
        assertTrue(list.select("#own-reports a").eachText().contains("Informe de gestión vigencia 2024: Secretaría de Educación"));
        assertEquals(404, secretary.get("secretary/report.xhtml?id=" + planningReport).statusCode());

        // A form post of the secretary's own report replayed against Planeación's id.
        Document ownForm = Jsoup.parse(secretary.get("secretary/report.xhtml?id=" + educationReport).body());
        HttpResponse<String> replay = secretary.submit(ownForm, "report", Map.of("report:title", "Cambiado por otra dependencia"),
                "report:submit", "secretary/report.xhtml?id=" + planningReport);

        assertEquals(404, replay.statusCode());
        assertEquals(planningTitle, title(planningReport));
    }

    @Test
    void secretaryEditOfOwnReportIsAudited() throws Exception {
        String educationReport = TestDatabase.strings("SELECT r.id FROM management_report r JOIN department d"
                + " ON d.id = r.department_id WHERE d.code = 'SED' ORDER BY r.id LIMIT 1").get(0);
        FacesClient secretary = new FacesClient();
        secretary.login("educacion@gestionabierta.example", DEMO_PASSWORD);
        Document form = Jsoup.parse(secretary.get("secretary/report.xhtml?id=" + educationReport).body());

        HttpResponse<String> saved = secretary.submit(form, "report",
                Map.of("report:summary", "Entrega de 1.200 equipos a sedes rurales y de la zona insular 💻"), "report:submit");

        assertEquals("El informe quedó guardado.", Jsoup.parse(saved.body()).selectFirst(".message-info").text());
        assertEquals(List.of("Entrega de 1.200 equipos a sedes rurales y de la zona insular 💻"),
                TestDatabase.strings("SELECT summary FROM management_report WHERE id = ?", educationReport));
        assertEquals(List.of("REPORT_UPDATED|SECRETARY|summary: — → Entrega de 1.200 equipos a sedes rurales y de la zona insular 💻"),
                TestDatabase.strings("SELECT CONCAT(a.action, '|', a.actor_role, '|', a.changes) FROM audit_entry a"
                        + " JOIN user_account u ON u.id = a.actor_id WHERE a.object_type = 'ManagementReport'"
                        + " AND a.object_id = ? AND u.email = 'educacion@gestionabierta.example'", educationReport));
    }

    @Test
    void administratorDepartmentEditIsAuditedAndLogAppendOnly() throws Exception {
        String departmentId = TestDatabase.strings("SELECT id FROM department WHERE code = 'UMATA'").get(0);
        FacesClient administrator = new FacesClient();
        administrator.login("administrador@gestionabierta.example", DEMO_PASSWORD);
        Document form = Jsoup.parse(administrator.get("admin/department.xhtml?id=" + departmentId).body());

        HttpResponse<String> saved = administrator.submit(form, "department",
                Map.of("department:name", "Unidad Municipal de Asistencia Técnica Agropecuaria y Pesquera"), "department:submit");

        assertEquals("Los cambios quedaron guardados.", Jsoup.parse(saved.body()).selectFirst(".message-info").text());
        assertEquals(List.of("DEPARTMENT_UPDATED|ADMINISTRATOR|name: Unidad Municipal de Asistencia Técnica Agropecuaria"
                        + " → Unidad Municipal de Asistencia Técnica Agropecuaria y Pesquera"),
                TestDatabase.strings("SELECT CONCAT(action, '|', actor_role, '|', changes) FROM audit_entry"
                        + " WHERE object_type = 'Department' AND object_id = ?", departmentId));
        Document log = Jsoup.parse(administrator.get("admin/audit.xhtml?action=DEPARTMENT_UPDATED").body());
        assertEquals(1, log.select("#audit tbody tr").size());

        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("UPDATE audit_entry SET changes = 'x'"));
            assertTrue(update.getMessage().contains("audit_entry is append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("DELETE FROM audit_entry"));
            assertTrue(delete.getMessage().contains("audit_entry is append-only"), delete.getMessage());
        }
    }

    @Test
    void repeatedFailedLoginsAreThrottled() throws Exception {
        // An account of its own, so the block does not stop other tests from signing in for 15 minutes.
        String email = "bloqueo-" + System.nanoTime() + "@gestionabierta.example";
        try (Connection connection = TestDatabase.connect(); java.sql.PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO user_account (email, display_name, password_hash, role, status, created_at)"
                        + " VALUES (?, 'Cuenta de prueba de bloqueo', ?, 'CITIZEN', 'ACTIVE', UTC_TIMESTAMP(6))")) {
            insert.setString(1, email);
            insert.setString(2, co.gestionabierta.account.PasswordHasher.hash(DEMO_PASSWORD.toCharArray()));
            insert.executeUpdate();
        }
        FacesClient visitor = new FacesClient();
        for (int attempt = 1; attempt <= 5; attempt++) {
            Document page = Jsoup.parse(visitor.login(email, "contraseña-equivocada").body());
            assertEquals("El correo o la contraseña no son correctos, o la cuenta todavía no está confirmada."
                    + " Revise los datos e intente de nuevo.", page.selectFirst(".message-error").text(), "attempt " + attempt);
        }

        Document blocked = Jsoup.parse(visitor.login(email, DEMO_PASSWORD).body());

        assertEquals("Demasiados intentos fallidos. Por seguridad, espere 15 minutos antes de intentar de nuevo"
                + " o use «¿Olvidó su contraseña?».", blocked.selectFirst(".message-error").text());
        assertEquals(302, visitor.get("account/my-data.xhtml").statusCode());
    }

    @Test
    void headersAndSessionCookieHardened() throws Exception {
        FacesClient visitor = new FacesClient();
        HttpResponse<String> home = visitor.get("");

        assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("strict-origin-when-cross-origin", home.headers().firstValue("Referrer-Policy").orElse(""));
        assertEquals("DENY", home.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(home.headers().allValues("Content-Security-Policy").stream()
                .anyMatch(policy -> policy.contains("frame-ancestors 'none'")));
        assertFalse(home.headers().firstValue("Server").orElse("").matches("(?i).*(wildfly|undertow|jboss).*"));
        assertTrue(home.headers().firstValue("X-Powered-By").isEmpty());

        visitor.get("login.xhtml");
        String before = visitor.cookie("JSESSIONID");
        visitor.login("ciudadana@gestionabierta.example", DEMO_PASSWORD);
        String after = visitor.cookie("JSESSIONID");

        assertNotEquals(before, after);
        String sessionCookie = visitor.setCookieHeaders().stream().filter(h -> h.startsWith("JSESSIONID="))
                .reduce((first, last) -> last).orElseThrow();
        assertTrue(sessionCookie.contains("HttpOnly"), sessionCookie);
        assertTrue(sessionCookie.toLowerCase(java.util.Locale.ROOT).contains("; secure"), sessionCookie);
        assertTrue(sessionCookie.contains("SameSite=Lax"), sessionCookie);
    }

    @Test
    void citizenRegistersConfirmsExportsAndDeletes() throws Exception {
        String email = "maria.perez+" + System.nanoTime() + "@ejemplo.co";
        FacesClient citizen = new FacesClient();
        Document form = Jsoup.parse(citizen.open("register.xhtml").body());

        Document registered = Jsoup.parse(citizen.submit(form, "register", Map.of(
                "register:name", "María José Pérez Ñáñez",
                "register:email", email,
                "register:password", "Una frase larga y segura",
                "register:password2", "Una frase larga y segura",
                "register:consent", "on"), "register:submit").body());

        assertEquals("Le enviamos un correo con un enlace para confirmar su cuenta. Ábralo en las próximas 48 horas;"
                + " hasta entonces no podrá ingresar.", registered.selectFirst(".message-info").text());
        assertEquals(List.of("María José Pérez Ñáñez"),
                TestDatabase.strings("SELECT display_name FROM user_account WHERE email = ?", email));
        assertEquals(List.of("PENDING|PARTICIPATION|2026-12-04"), TestDatabase.strings(
                "SELECT CONCAT(u.status, '|', c.purpose, '|', c.text_version) FROM user_account u"
                        + " JOIN personal_data_consent c ON c.account_id = u.id WHERE u.email = ?", email));
        assertTrue(Jsoup.parse(citizen.login(email, "Una frase larga y segura").body()).selectFirst(".message-error") != null,
                "a pending account cannot sign in");

        MimeMessage mail = lastMailTo(email);
        assertEquals("Confirme su cuenta en Gestión Abierta", mail.getSubject());
        Matcher link = Pattern.compile("http://127\\.0\\.0\\.1:8180/(confirm\\.xhtml\\?token=[A-Za-z0-9_-]+)")
                .matcher(mail.getContent().toString());
        assertTrue(link.find(), mail.getContent().toString());
        Document confirmed = Jsoup.parse(citizen.open(link.group(1)).body());
        assertEquals("Su correo quedó confirmado y la cuenta está activa. Ya puede ingresar.",
                confirmed.selectFirst("#confirmed").text());
        Document reused = Jsoup.parse(citizen.open(link.group(1)).body());
        assertEquals("El enlace no es válido, ya se usó o venció. Pida uno nuevo.", reused.selectFirst(".message-error").text());

        Document myData = Jsoup.parse(citizen.login(email, "Una frase larga y segura").body());
        assertEquals(email, myData.selectFirst("#account-email").text());
        HttpResponse<String> export = citizen.submit(myData, "export", Map.of(), "export:submit");
        assertEquals("application/json;charset=UTF-8", export.headers().firstValue("Content-Type").orElse(""));
        assertTrue(export.body().contains("\"email\":\"" + email + "\""), export.body());
        assertTrue(export.body().contains("\"textVersion\":\"2026-12-04\""), export.body());
        assertFalse(export.body().contains("ciudadana@gestionabierta.example"));

        Document deleted = Jsoup.parse(citizen.submit(Jsoup.parse(citizen.get("account/my-data.xhtml").body()),
                "delete-account", Map.of("delete-account:password", "Una frase larga y segura"), "delete-account:submit").body());
        assertEquals("Cuenta eliminada", deleted.selectFirst("h1").text());
        assertEquals(List.of(), TestDatabase.strings("SELECT id FROM user_account WHERE email = ?", email));
        assertNotEquals(null, Jsoup.parse(new FacesClient().login(email, "Una frase larga y segura").body())
                .selectFirst(".message-error"));
    }

    @Test
    void registrationRejectsMissingConsentAndWeakPassword() throws Exception {
        FacesClient visitor = new FacesClient();
        String email = "sin.consentimiento." + System.nanoTime() + "@ejemplo.co";
        Document form = Jsoup.parse(visitor.open("register.xhtml").body());

        Document noConsent = Jsoup.parse(visitor.submit(form, "register", Map.of("register:name", "Ana",
                "register:email", email, "register:password", "Una frase larga y segura",
                "register:password2", "Una frase larga y segura"), "register:submit").body());
        assertEquals("Para crear la cuenta debe autorizar el tratamiento de sus datos personales.",
                noConsent.selectFirst(".message-error").text());

        Document weak = Jsoup.parse(visitor.submit(Jsoup.parse(visitor.open("register.xhtml").body()), "register",
                Map.of("register:name", "Ana", "register:email", email, "register:password", "corta",
                        "register:password2", "corta", "register:consent", "on"), "register:submit").body());
        assertEquals("La contraseña debe tener al menos 12 caracteres.", weak.selectFirst(".message-error").text());
        assertEquals(List.of(), TestDatabase.strings("SELECT id FROM user_account WHERE email = ?", email));
    }

    @Test
    void passwordResetLinkWorksOnce() throws Exception {
        String email = "reset." + System.nanoTime() + "@ejemplo.co";
        FacesClient citizen = new FacesClient();
        citizen.submit(Jsoup.parse(citizen.open("register.xhtml").body()), "register", Map.of(
                "register:name", "Jorge Álvarez", "register:email", email,
                "register:password", "Primera frase segura", "register:password2", "Primera frase segura",
                "register:consent", "on"), "register:submit");
        citizen.open(link(lastMailTo(email), "confirm"));

        Document requested = Jsoup.parse(citizen.submit(Jsoup.parse(citizen.open("forgot-password.xhtml").body()),
                "forgot", Map.of("forgot:email", email), "forgot:submit").body());
        assertEquals("Si el correo corresponde a una cuenta activa, le enviamos un enlace para cambiar la contraseña.",
                requested.selectFirst(".message-info").text());
        MimeMessage mail = lastMailTo(email);
        assertEquals("Nueva contraseña para Gestión Abierta", mail.getSubject());
        String resetPage = link(mail, "reset-password");

        Document reset = Jsoup.parse(citizen.submit(Jsoup.parse(citizen.open(resetPage).body()), "reset", Map.of(
                "reset:password", "Segunda frase segura", "reset:password2", "Segunda frase segura"),
                "reset:submit").body());
        assertEquals("Su nueva contraseña quedó guardada. Ya puede ingresar.", reset.selectFirst(".message-info").text());
        Document reused = Jsoup.parse(citizen.open(resetPage).body());
        assertEquals("El enlace no es válido, ya se usó o venció. Pida uno nuevo.", reused.selectFirst(".message-error").text());
        assertEquals(null, reused.getElementById("reset"));

        assertNotEquals(null, Jsoup.parse(new FacesClient().login(email, "Primera frase segura").body())
                .selectFirst(".message-error"));
        assertEquals("Mis datos · Gestión Abierta",
                Jsoup.parse(new FacesClient().login(email, "Segunda frase segura").body()).title());
    }

    @Test
    void administratorMakesCitizenSecretary() throws Exception {
        String email = "nueva.secretaria." + System.nanoTime() + "@ejemplo.co";
        FacesClient person = new FacesClient();
        person.submit(Jsoup.parse(person.open("register.xhtml").body()), "register", Map.of(
                "register:name", "Luz Marina Caraballo", "register:email", email,
                "register:password", "Una frase muy segura", "register:password2", "Una frase muy segura",
                "register:consent", "on"), "register:submit");
        person.open(link(lastMailTo(email), "confirm"));
        String userId = TestDatabase.strings("SELECT id FROM user_account WHERE email = ?", email).get(0);
        String hacienda = TestDatabase.strings("SELECT id FROM department WHERE code = 'SHD'").get(0);
        FacesClient administrator = new FacesClient();
        administrator.login("administrador@gestionabierta.example", DEMO_PASSWORD);
        Document form = Jsoup.parse(administrator.get("admin/user.xhtml?id=" + userId).body());

        Document withoutDepartment = Jsoup.parse(administrator.submit(form, "user",
                Map.of("user:role", "SECRETARY"), "user:submit").body());
        assertEquals("Una cuenta de secretaría debe tener una dependencia. Elija una.",
                withoutDepartment.selectFirst(".message-error").text());
        Document saved = Jsoup.parse(administrator.submit(Jsoup.parse(administrator.get("admin/user.xhtml?id=" + userId).body()),
                "user", Map.of("user:role", "SECRETARY", "user:department", hacienda), "user:submit").body());

        assertEquals("Los cambios quedaron guardados.", saved.selectFirst(".message-info").text());
        assertEquals(List.of("SECRETARY|SHD"), TestDatabase.strings("SELECT CONCAT(u.role, '|', d.code)"
                + " FROM user_account u JOIN department d ON d.id = u.department_id WHERE u.id = ?", userId));
        assertEquals(List.of("USER_UPDATED|role: CITIZEN → SECRETARY\ndepartment: — → SHD"), TestDatabase.strings(
                "SELECT CONCAT(action, '|', REPLACE(changes, '\n', '\\n')) FROM audit_entry"
                        + " WHERE object_type = 'UserAccount' AND object_id = ?", userId));
        FacesClient secretary = new FacesClient();
        secretary.login(email, "Una frase muy segura");
        assertEquals(200, secretary.get("secretary/reports.xhtml").statusCode());
        assertEquals(403, secretary.get("admin/users.xhtml").statusCode());
    }

    @Test
    void formPostWithForgedViewStateRejected() throws Exception {
        FacesClient visitor = new FacesClient();
        Document page = Jsoup.parse(visitor.open("login.xhtml").body());

        HttpResponse<String> forged = visitor.submit(page, "login", Map.of("login:email", "administrador@gestionabierta.example",
                "login:password", DEMO_PASSWORD, "jakarta.faces.ViewState", "1234567890:987654321"), "login:submit");

        assertEquals("Su sesión expiró", Jsoup.parse(forged.body()).selectFirst("h1").text());
        assertEquals(302, visitor.get("admin/users.xhtml").statusCode());
    }

    @Test
    void passwordResetRequestsThrottledPerAccount() throws Exception {
        String email = "sin.cuenta." + System.nanoTime() + "@ejemplo.co";
        FacesClient visitor = new FacesClient();
        for (int request = 1; request <= 3; request++) {
            Document sent = Jsoup.parse(visitor.submit(Jsoup.parse(visitor.open("forgot-password.xhtml").body()),
                    "forgot", Map.of("forgot:email", email), "forgot:submit").body());
            assertEquals("Si el correo corresponde a una cuenta activa, le enviamos un enlace para cambiar la contraseña.",
                    sent.selectFirst(".message-info").text(), "request " + request);
        }

        Document blocked = Jsoup.parse(visitor.submit(Jsoup.parse(visitor.open("forgot-password.xhtml").body()),
                "forgot", Map.of("forgot:email", email), "forgot:submit").body());

        assertEquals("Se pidieron demasiados enlaces de contraseña. Intente de nuevo en una hora.",
                blocked.selectFirst(".message-error").text());
    }

    @Test
    void administratorCannotDemoteSelf() throws Exception {
        String adminId = TestDatabase.strings(
                "SELECT id FROM user_account WHERE email = 'administrador@gestionabierta.example'").get(0);
        FacesClient administrator = new FacesClient();
        administrator.login("administrador@gestionabierta.example", DEMO_PASSWORD);
        Document form = Jsoup.parse(administrator.get("admin/user.xhtml?id=" + adminId).body());

        Document rejected = Jsoup.parse(administrator.submit(form, "user", Map.of("user:role", "CITIZEN"), "user:submit").body());

        assertEquals("No puede quitarse a sí mismo el rol de administración ni desactivar su propia cuenta."
                + " Pida ese cambio a otra persona con rol de administración.", rejected.selectFirst(".message-error").text());
        assertEquals(List.of("ADMINISTRATOR"), TestDatabase.strings("SELECT role FROM user_account WHERE id = ?", adminId));
    }

    @Test
    void duplicateDepartmentCodeRejected() throws Exception {
        FacesClient administrator = new FacesClient();
        administrator.login("administrador@gestionabierta.example", DEMO_PASSWORD);
        Document form = Jsoup.parse(administrator.get("admin/department.xhtml").body());

        Document rejected = Jsoup.parse(administrator.submit(form, "department", Map.of("department:code", "SED",
                "department:name", "Otra Secretaría de Educación", "department:kind", "SECRETARIAT"), "department:submit").body());

        assertEquals("Ya existe una dependencia con esa sigla. Use otra.", rejected.selectFirst(".message-error").text());
        assertEquals(List.of("1"), TestDatabase.strings("SELECT COUNT(*) FROM department WHERE code = 'SED'"));
    }

    @Test
    void unusableResetLinkShowsNoForm() throws Exception {
        Document page = Jsoup.parse(new FacesClient().open("reset-password.xhtml?token=no-es-un-enlace-valido").body());

        assertEquals("El enlace no es válido, ya se usó o venció. Pida uno nuevo.", page.selectFirst(".message-error").text());
        assertEquals(null, page.getElementById("reset"));
    }

    /** Returns the site-relative address of the e-mail's link to the given page. */
    private static String link(MimeMessage mail, String page) throws Exception {
        Matcher link = Pattern.compile("http://127\\.0\\.0\\.1:8180/(" + page + "\\.xhtml\\?token=[A-Za-z0-9_-]+)")
                .matcher(mail.getContent().toString());
        assertTrue(link.find(), mail.getContent().toString());
        return link.group(1);
    }

    private static String title(String reportId) throws SQLException {
        return TestDatabase.strings("SELECT title FROM management_report WHERE id = ?", reportId).get(0);
    }

    private static MimeMessage lastMailTo(String email) throws Exception {
        smtp.waitForIncomingEmail(5000, 1);
        MimeMessage found = null;
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(email)) {
                found = message;
            }
        }
        if (found == null) {
            throw new AssertionError("No e-mail to " + email);
        }
        return found;
    }
}

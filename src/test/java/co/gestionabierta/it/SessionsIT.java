package co.gestionabierta.it;

import co.gestionabierta.testsupport.Citizens;
import co.gestionabierta.testsupport.Deployments;
import co.gestionabierta.testsupport.FacesClient;
import co.gestionabierta.testsupport.ModeratorClient;
import co.gestionabierta.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;

import static co.gestionabierta.testsupport.ModeratorClient.messages;
import static co.gestionabierta.testsupport.TestDatabase.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The session lifecycle and agenda as a moderator runs them, over real HTTP against WildFly and
 * MariaDB. Test sessions are held in 2022, so the home page's latest and next sessions stay the demo
 * ones for the other test classes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static String status(long sessionId) throws SQLException {
        return strings("SELECT status FROM accountability_session WHERE id = ?", sessionId).get(0);
    }

    private static List<String> agenda(long sessionId) throws SQLException {
        return strings("SELECT CONCAT(sort_order, '|', title) FROM agenda_item WHERE session_id = ? ORDER BY sort_order",
                sessionId);
    }

    @Test
    void moderatorRunsSessionThroughItsStages() throws Exception {
        ModeratorClient moderator = new ModeratorClient();
        long id = moderator.createSession("Prueba: rendición trimestral de Educación y Salud 2022-T4", "2022-11-18",
                "SED", "DADIS");

        assertEquals("DRAFT", status(id));
        assertEquals(List.of("2022-11-18 09:00:00|2022-11-01 13:00:00.000000|2022-11-18 17:00:00.000000"),
                strings("SELECT CONCAT(held_on, ' ', starts_at, '|', questions_open_at, '|', questions_close_at)"
                        + " FROM accountability_session WHERE id = ?", id));
        assertEquals(List.of("DADIS", "SED"), strings("SELECT d.code FROM session_department sd JOIN department d"
                + " ON d.id = sd.department_id WHERE sd.session_id = ? ORDER BY d.code", id));
        assertEquals(404, new FacesClient().get("session.xhtml?id=" + id).statusCode(), "a draft is not public");

        moderator.addItem(id, "Instalación y reglas de la sesión", null, 10);
        moderator.addItem(id, "Informe de gestión: Educación", "SED", 30);
        Document editor = moderator.addItem(id, "Informe de gestión: Salud", "DADIS", 25);
        assertEquals(List.of("El punto quedó agregado al orden del día."), messages(editor));

        Document reordered = moderator.agendaButton(editor, 2, "up");
        assertEquals(List.of("El orden del día quedó reordenado."), messages(reordered));
        assertEquals(List.of("1|Instalación y reglas de la sesión", "2|Informe de gestión: Salud",
                "3|Informe de gestión: Educación"), agenda(id));

        assertEquals(List.of("La sesión quedó publicada y la recepción de preguntas programada."),
                messages(moderator.stage(id, "publish")));
        assertEquals("SCHEDULED", status(id));
        Document scheduled = Jsoup.parse(moderator.http().get("moderator/session.xhtml?id=" + id).body());
        assertEquals(0, scheduled.select("#details-locked, #agenda-locked").size(), "a scheduled session can be edited");
        Document publicPage = Jsoup.parse(new FacesClient().get("session.xhtml?id=" + id).body());
        assertEquals(List.of("9:00 a. m. Instalación y reglas de la sesión",
                        "9:10 a. m. Informe de gestión: Salud · Departamento Administrativo Distrital de Salud · 25 min",
                        "9:35 a. m. Informe de gestión: Educación · Secretaría de Educación · 30 min"),
                publicPage.select("#agenda-list > li").eachText().stream()
                        .map(t -> t.replace('\u00a0', ' ').replace(" · 10 min", "")).toList());

        assertEquals(List.of("La sesión está en vivo. El primer punto del orden del día está en pantalla."),
                messages(moderator.stage(id, "start")));
        assertEquals(List.of("LIVE|Instalación y reglas de la sesión"), strings("SELECT CONCAT(s.status, '|', i.title)"
                + " FROM accountability_session s JOIN agenda_item i ON i.id = s.current_item_id WHERE s.id = ?", id));

        moderator.console(id, "Pasar al siguiente punto");
        assertEquals(List.of("Informe de gestión: Salud"), strings("SELECT i.title FROM accountability_session s"
                + " JOIN agenda_item i ON i.id = s.current_item_id WHERE s.id = ?", id));

        moderator.stage(id, "end-live");
        assertEquals(List.of("ANSWERING|-"), strings("SELECT CONCAT(status, '|', COALESCE(current_item_id, '-'))"
                + " FROM accountability_session WHERE id = ?", id));

        Document closed = moderator.stage(id, "close");
        assertEquals(List.of("La sesión quedó cerrada."), messages(closed));
        assertEquals("CLOSED", status(id));
        assertEquals("Los datos de una sesión que ya empezó no se pueden cambiar.", closed.select("#details-locked").text());
        assertEquals("disabled", closed.select("#details-form > fieldset").attr("disabled"));
        assertEquals("El orden del día de una sesión ya realizada no se puede cambiar.",
                closed.select("#agenda-locked").text());
        assertEquals(0, closed.select("#item-form").size(), "no form to add agenda items");
        assertEquals(List.of("SESSION_ANSWERING", "SESSION_CLOSED", "SESSION_LIVE", "SESSION_SCHEDULED"),
                strings("SELECT action FROM audit_entry WHERE object_type = 'AccountabilitySession' AND object_id = ?"
                        + " AND action LIKE 'SESSION\\_%' AND action <> 'SESSION_CREATED' ORDER BY action", String.valueOf(id)));
    }

    @Test
    void goingLiveWithoutAgendaIsRejected() throws Exception {
        ModeratorClient moderator = new ModeratorClient();
        long id = moderator.createSession("Prueba: sesión sin orden del día", "2022-10-14", "SHD");
        moderator.stage(id, "publish");

        Document page = moderator.stage(id, "start");

        assertEquals(List.of("La sesión no puede empezar sin orden del día: agregue al menos un punto."), messages(page));
        assertEquals("SCHEDULED", status(id));
    }

    @Test
    void concurrentAgendaEditIsReported() throws Exception {
        ModeratorClient first = new ModeratorClient();
        ModeratorClient second = new ModeratorClient();
        long id = first.createSession("Prueba: edición simultánea del orden del día", "2022-09-16", "SI");
        first.addItem(id, "Punto A", null, 10);
        first.addItem(id, "Punto B", "SI", 20);
        Document firstEditor = first.editor(id);
        Document secondEditor = second.editor(id);

        first.agendaButton(firstEditor, 1, "up");
        Document conflict = second.addItem(secondEditor, "Punto C", null, 5);

        assertEquals(List.of("Otra persona cambió el orden del día mientras usted lo editaba. Su cambio no se guardó."
                + " Abajo está el orden del día actual; revíselo y repita su cambio."), messages(conflict));
        assertEquals(List.of("1|Punto B", "2|Punto A"), agenda(id));
        assertEquals(List.of("Punto B", "Punto A"), conflict.select("#agenda-form .agenda-title").eachText());

        Document retried = second.addItem(conflict, "Punto C", null, 5);
        assertEquals(List.of("El punto quedó agregado al orden del día."), messages(retried));
        assertEquals(List.of("1|Punto B", "2|Punto A", "3|Punto C"), agenda(id));
    }

    @Test
    void closingNeedsReasonForUnansweredQuestion() throws Exception {
        ModeratorClient moderator = new ModeratorClient();
        long id = moderator.createSession("Prueba: cierre con pregunta sin respuesta", "2022-08-19", "SED");
        moderator.addItem(id, "Diálogo con la ciudadanía", null, 45);
        moderator.stage(id, "publish");
        moderator.stage(id, "start");
        long questionId = TestDatabase.insertPublishedQuestion(id, "SED", "¿Cuántos colegios tendrán jornada única en 2023?");
        moderator.stage(id, "end-live");
        FacesClient citizen = Citizens.signedIn("Rosa Elena Caraballo");
        Document beforeClosing = Jsoup.parse(citizen.get("session.xhtml?id=" + id).body());
        String window = beforeClosing.select("#question-window").text();
        assertTrue(window.startsWith("Del "), window);
        assertTrue(window.endsWith(" · ya cerrada"), window);

        Document refused = moderator.stage(id, "close");
        assertEquals(List.of("No se puede cerrar la sesión: 1 pregunta publicada no tiene respuesta publicada"
                + " ni un motivo registrado."), messages(refused));
        assertEquals("ANSWERING", status(id));

        String formId = refused.select("#unexplained form").first().id();
        assertEquals("explain-" + questionId, formId, "each unexplained question has a form of its own");
        Document explained = Jsoup.parse(moderator.http().submit(refused, formId,
                java.util.Map.of(formId + ":reason", "La pregunta se trasladó al Concejo Distrital."),
                formId + ":submit").body());
        assertEquals(List.of("El motivo quedó registrado."), messages(explained));
        assertEquals(List.of("La pregunta se trasladó al Concejo Distrital."),
                strings("SELECT unanswered_reason FROM question WHERE id = ?", questionId));
        FacesClient secretary = new FacesClient();
        secretary.login("educacion@gestionabierta.example", System.getenv("GA_DEMO_PASSWORD"));
        assertEquals("Sin respuesta: La pregunta se trasladó al Concejo Distrital.", Jsoup.parse(
                secretary.get("secretary/questions.xhtml").body()).select("#sq" + questionId + " .answer-status").text());

        assertEquals(List.of("La sesión quedó cerrada."), messages(moderator.stage(id, "close")));
        assertEquals(0, Jsoup.parse(citizen.get("session.xhtml?id=" + id).body()).select("#q" + questionId + " form").size(),
                "a closed session's questions have no support or follow buttons");
        Document supported = Jsoup.parse(citizen.submit(beforeClosing, "support-" + questionId, java.util.Map.of(), "support").body());
        assertEquals(List.of("Esta sesión ya se cerró: sus preguntas no reciben más apoyos."), messages(supported));
        assertEquals(List.of("0"), strings("SELECT support_count FROM question WHERE id = ?", questionId));
    }

    @Test
    void invalidSessionFormShowsSpanishMessages() throws Exception {
        ModeratorClient moderator = new ModeratorClient();
        Document form = Jsoup.parse(moderator.http().open("moderator/session.xhtml").body());

        Document page = Jsoup.parse(moderator.http().submit(form, "details-form", java.util.Map.of(
                "details-form:title", "Prueba: ventana invertida",
                "details-form:year", "2022",
                "details-form:quarter", "3",
                "details-form:held-on", "2022-07-15",
                "details-form:starts-at", "9 de la mañana",
                "details-form:questions-open", "2022-07-10T08:00",
                "details-form:questions-close", "2022-07-01T08:00"), "details-form:save").body());

        assertEquals(List.of("Hora de inicio: escriba una hora válida (hora:minutos)."), messages(page));

        page = Jsoup.parse(moderator.http().submit(page, "details-form", java.util.Map.of(
                "details-form:starts-at", "09:00"), "details-form:save").body());
        assertEquals(List.of("La recepción de preguntas debe terminar después de empezar."), messages(page));
        assertEquals(List.of("0"), strings("SELECT COUNT(*) FROM accountability_session WHERE title = ?",
                "Prueba: ventana invertida"));
    }

    @Test
    void staffWithoutModeratorRoleIsForbidden() throws Exception {
        FacesClient secretary = new FacesClient();
        secretary.login("educacion@gestionabierta.example", System.getenv("GA_DEMO_PASSWORD"));
        FacesClient anonymous = new FacesClient();

        assertEquals(403, secretary.get("moderator/sessions.xhtml").statusCode());
        assertEquals(403, secretary.get("moderator/live.xhtml?id=1").statusCode());
        HttpResponse<String> redirected = anonymous.get("moderator/session.xhtml");
        assertEquals(302, redirected.statusCode());
        assertTrue(redirected.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
    }

    @Test
    void sessionListFiltersByYearDepartmentAndStatus() throws Exception {
        ModeratorClient moderator = new ModeratorClient();
        long id = moderator.createSession("Prueba: filtro de sesiones de Tránsito", "2022-05-20", "DATT");
        moderator.stage(id, "publish");
        String datt = ModeratorClient.departmentIds("DATT").get(0);
        FacesClient visitor = new FacesClient();

        Document byDepartment = Jsoup.parse(visitor.get("sessions.xhtml?year=2022&department=" + datt
                + "&status=SCHEDULED").body());
        Document byYear = Jsoup.parse(visitor.get("sessions.xhtml?year=2023").body());
        Document none = Jsoup.parse(visitor.get("sessions.xhtml?year=2022&quarter=1&department=" + datt).body());

        assertEquals(List.of("Prueba: filtro de sesiones de Tránsito"), byDepartment.select("#sessions tbody th a").eachText());
        assertEquals(List.of("Audiencia Pública de Rendición de Cuentas 2020-2023"),
                byYear.select("#sessions tbody th a").eachText());
        assertEquals("Ninguna sesión coincide con los filtros elegidos.", none.selectFirst("#no-sessions").text());
        assertEquals("2023", byYear.selectFirst("#filter-year option[selected]").attr("value"));
    }

    @Test
    void calendarExportsSessionInBogotaTime() throws Exception {
        ModeratorClient moderator = new ModeratorClient();
        long id = moderator.createSession("Prueba: sesión para el calendario", "2022-04-22", "IDER");
        FacesClient visitor = new FacesClient();
        assertEquals(404, visitor.get("calendar/session-" + id + ".ics").statusCode(), "a draft has no calendar file");
        moderator.stage(id, "publish");

        HttpResponse<String> ics = visitor.get("calendar/session-" + id + ".ics");

        assertEquals(200, ics.statusCode());
        assertEquals("text/calendar;charset=UTF-8", ics.headers().firstValue("Content-Type").orElseThrow());
        List<String> lines = List.of(ics.body().replace("\r\n ", "").split("\r\n"));
        assertTrue(lines.contains("DTSTART;TZID=America/Bogota:20220422T090000"), ics.body());
        assertTrue(lines.contains("DTEND;TZID=America/Bogota:20220422T120000"), ics.body());
        assertTrue(lines.contains("SUMMARY:Prueba: sesión para el calendario"), ics.body());
        assertTrue(lines.contains("BEGIN:VTIMEZONE"), ics.body());

        String upcoming = visitor.get("calendar/sessions.ics").body();
        String exampleId = strings("SELECT id FROM accountability_session WHERE title LIKE '%(ejemplo)'").get(0);
        assertTrue(upcoming.contains("UID:session-" + exampleId + "@127.0.0.1"), upcoming);
        assertTrue(!upcoming.contains("UID:session-" + id + "@"), "a session held in the past is not upcoming");
    }
}

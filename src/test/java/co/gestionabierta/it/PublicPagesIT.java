package co.gestionabierta.it;

import co.gestionabierta.testsupport.Deployments;
import co.gestionabierta.testsupport.TestDatabase;
import co.gestionabierta.testsupport.Urls;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public pages over real HTTP, as an anonymous visitor receives them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPagesIT {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void homeShowsLastSessionAndCommitmentsInSpanish() throws Exception {
        HttpResponse<String> response = get("");
        Document page = Jsoup.parse(response.body());

        assertEquals(200, response.statusCode());
        assertEquals("es", page.selectFirst("html").attr("lang"));
        assertEquals("Rendición de cuentas", page.selectFirst("h1").text());
        assertEquals("Alcaldía Distrital de Cartagena de Indias", page.selectFirst(".site-entity").text());
        assertEquals("Diálogos de Superciudad: Rendición de cuentas 2025",
                page.selectFirst("#last-session ~ .session-title").text());
        assertEquals(exampleSessionTitle(), page.selectFirst("#next-session ~ .session-title").text());
        // The home page shows the five latest changes of the feed; other test classes add commitments.
        Document feed = Jsoup.parse(get("commitments.xhtml").body());
        List<String> latest = feed.select("#commitment-feed .commitment-title a").eachText();
        assertEquals(latest.subList(0, Math.min(5, latest.size())), page.select(".commitment-title a").eachText());
        Document ogp = Jsoup.parse(get("commitments.xhtml?origin=OGP").body());
        assertEquals(List.of("COCDI0002", "COCDI0001"), ogp.select(".commitment-reference").eachText());
        assertEquals("40,9 %", page.select("#plan-progress ~ table tbody tr").get(0).select("td").get(0).text());
    }

    @Test
    void sessionsListedNewestFirst() throws Exception {
        Document page = Jsoup.parse(get("sessions.xhtml").body());

        // Other test classes add sessions titled "Prueba: …", which are left out here.
        List<String> demo = page.select("#sessions tbody th a").eachText().stream()
                .filter(title -> !title.startsWith("Prueba:")).toList();
        assertEquals(List.of(exampleSessionTitle(),
                        "Diálogos de Superciudad: Rendición de cuentas 2025",
                        "Rendición de cuentas vigencia 2024",
                        "Audiencia Pública de Rendición de Cuentas 2020-2023"), demo);
        assertEquals("7 de diciembre de 2023", page.select("#sessions tbody tr:contains(Audiencia Pública de Rendición"
                + " de Cuentas 2020-2023)").first().select("td").get(0).text());
    }

    @Test
    void commitmentFilterListsRecentSessions() throws Exception {
        List<String> recent = TestDatabase.strings("SELECT title FROM accountability_session s WHERE status <> 'DRAFT'"
                + " AND EXISTS (SELECT 1 FROM commitment c WHERE c.session_id = s.id) ORDER BY held_on DESC, id DESC LIMIT 12");
        String without = TestDatabase.strings("SELECT id FROM accountability_session s WHERE status <> 'DRAFT'"
                + " AND NOT EXISTS (SELECT 1 FROM commitment c WHERE c.session_id = s.id) ORDER BY id LIMIT 1").get(0);
        String withoutTitle = TestDatabase.strings("SELECT title FROM accountability_session WHERE id = ?", without).get(0);

        Document all = Jsoup.parse(get("commitments.xhtml").body());
        Document chosen = Jsoup.parse(get("commitments.xhtml?session=" + without).body());

        assertFalse(recent.isEmpty(), "the demo has sessions with commitments");
        assertEquals(recent, all.select("#filter-session option[value~=[0-9]]").eachText());
        List<String> withChosen = new java.util.ArrayList<>(recent);
        withChosen.add(withoutTitle);
        assertEquals(withChosen, chosen.select("#filter-session option[value~=[0-9]]").eachText());
        assertEquals(withoutTitle, chosen.select("#filter-session option[selected]").text());
    }

    @Test
    void sessionPageShowsAgendaReportsAndExampleQuestions() throws Exception {
        String href = Jsoup.parse(get("sessions.xhtml").body())
                .select("#sessions tbody th a:containsOwn(Rendición de cuentas vigencia 2024)").attr("href");
        Document page = Jsoup.parse(get(href.substring(1)).body());

        assertEquals("Rendición de cuentas vigencia 2024", page.selectFirst("h1").text());
        assertEquals(7, page.select("ol.agenda li").size());
        assertEquals("Diálogo con la ciudadanía: preguntas y respuestas", page.select("ol.agenda li").last().text());
        // Six demo reports, plus any another test class uploaded for this session.
        assertEquals(Integer.parseInt(co.gestionabierta.testsupport.TestDatabase.strings("SELECT COUNT(*) FROM management_report r"
                + " JOIN accountability_session s ON s.id = r.session_id WHERE s.title = 'Rendición de cuentas vigencia 2024'")
                .get(0)), page.select("#reports ~ ul li").size());
        assertEquals(List.of("6"), co.gestionabierta.testsupport.TestDatabase.strings("SELECT COUNT(*) FROM management_report r"
                + " JOIN accountability_session s ON s.id = r.session_id WHERE s.title = 'Rendición de cuentas vigencia 2024'"
                + " AND r.uploaded_at IS NULL"));
        assertEquals(List.of("Inventario detallado equipos entregados a escuelas en Distrito de Cartagena por parte de SED Educación"),
                page.select("#datasets ~ ul li a").eachText());
        assertEquals("Todavía no hay preguntas publicadas para esta sesión.", page.selectFirst("#questions + p").text());
    }

    @Test
    void closedSessionShowsWhyExampleQuestionsHaveNoAnswer() throws Exception {
        String href = Jsoup.parse(get("sessions.xhtml").body())
                .select("#sessions tbody th a:containsOwn(Diálogos de Superciudad: Rendición de cuentas 2025)").attr("href");
        Document page = Jsoup.parse(get(href.substring(1)).body());

        assertEquals(7, page.select(".question .answer-status").size());
        assertEquals("Sin respuesta: Pregunta de ejemplo construida para la demostración; no se formuló en la sesión.",
                page.selectFirst(".question .answer-status").text());
    }

    /** The demo's constructed upcoming session, whose title carries the quarter of the day it was loaded. */
    private static String exampleSessionTitle() throws java.sql.SQLException {
        return co.gestionabierta.testsupport.TestDatabase.strings(
                "SELECT title FROM accountability_session WHERE title LIKE '%(ejemplo)'").get(0);
    }

    @Test
    void unknownOrMalformedSessionIdIsNotFound() throws Exception {
        for (String id : List.of("999999", "abc", "1%27%20OR%201%3D1", "")) {
            HttpResponse<String> response = get("session.xhtml?id=" + id);

            assertEquals(404, response.statusCode(), id);
            assertEquals("Página no encontrada", Jsoup.parse(response.body()).selectFirst("h1").text(), id);
        }
    }

    @Test
    void departmentsListsAllTwentyFive() throws Exception {
        Document page = Jsoup.parse(get("departments.xhtml").body());

        assertEquals(25, page.select("#departments tbody tr").size());
        assertEquals("Dependencias de la entidad (25)", page.selectFirst("#departments caption").text());
        assertTrue(page.select("#departments tbody th").eachText().contains("Instituto de Patrimonio y Cultura de Cartagena"));
    }

    @Test
    void errorPageShowsIdAndNoInternals() throws Exception {
        HttpResponse<String> response = get("error.xhtml");
        Document page = Jsoup.parse(response.body());

        assertEquals("Ocurrió un error inesperado", page.selectFirst("h1").text());
        assertTrue(page.selectFirst("#error-id").text().matches("[0-9A-F]{10}"));
        assertFalse(response.body().contains("at co.gestionabierta"));
        assertFalse(response.body().contains("java.lang."));
        assertFalse(response.body().contains("WildFly"));
    }

    @Test
    void templatesAreNotServed() throws Exception {
        assertEquals(404, get("WEB-INF/templates/layout.xhtml").statusCode());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(Urls.base() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

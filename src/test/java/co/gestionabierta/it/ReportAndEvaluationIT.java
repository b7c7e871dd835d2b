package co.gestionabierta.it;

import co.gestionabierta.testsupport.Citizens;
import co.gestionabierta.testsupport.Deployments;
import co.gestionabierta.testsupport.FacesClient;
import co.gestionabierta.testsupport.ModeratorClient;
import co.gestionabierta.testsupport.TestDatabase;
import co.gestionabierta.testsupport.Urls;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static co.gestionabierta.testsupport.ModeratorClient.messages;
import static co.gestionabierta.testsupport.TestDatabase.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The session report, page and PDF, from the answering period to the close and after. The citizens'
 * evaluation survey with its rules and charts. The statistics page against its CSV files and the database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportAndEvaluationIT {

    /** A question as pasted from a word processor, with every character the PDF must keep. */
    private static final String PASTED = "¿Cuándo se entregan las aulas del colegio de La Boquilla? ¡Llevamos 2 años!"
            + " Dijeron “en marzo” — y van al 45 %… ñ, Ñ, ü.";
    private static final String ANSWER = "Las aulas se entregan el 30 de junio; la obra va en 82 % y la interventoría"
            + " lo certificó en el acta “n.º 14”.";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static final HttpClient ANONYMOUS = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static HttpResponse<byte[]> download(String path) throws Exception {
        return ANONYMOUS.send(HttpRequest.newBuilder(URI.create(Urls.base() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Document page(String path) throws Exception {
        HttpResponse<byte[]> response = download(path);
        assertEquals(200, response.statusCode(), path);
        return Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8));
    }

    private static String pdfText(long sessionId) throws Exception {
        HttpResponse<byte[]> response = download("session-report.pdf?id=" + sessionId);
        assertEquals(200, response.statusCode());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElseThrow());
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    private static FacesClient education() throws Exception {
        FacesClient client = new FacesClient();
        client.login("educacion@gestionabierta.example", System.getenv("GA_DEMO_PASSWORD"));
        return client;
    }

    private static void answer(FacesClient secretary, long questionId, String text) throws Exception {
        Document page = Jsoup.parse(secretary.get("secretary/question.xhtml?id=" + questionId).body());
        Document answered = Jsoup.parse(secretary.submit(page, "answer", Map.of("answer:text", text), "answer:written").body());
        assertEquals(List.of("La respuesta quedó publicada y se avisó a quien preguntó."), messages(answered));
    }

    /** The outcome tag and the text of each question on the report page, in order. */
    private static List<String> reportQuestions(Document report) {
        List<String> lines = new ArrayList<>();
        for (Element question : report.select("#report-questions > li")) {
            Element response = question.selectFirst(".response-text");
            lines.add(question.selectFirst(".answer-status .tag").text() + " | " + question.selectFirst(".question-text").text()
                    + " | " + (response == null ? "—" : response.text()));
        }
        return lines;
    }

    @Test
    void reportFollowsAnswersAndFreezesAtClose() throws Exception {
        ModeratorClient moderator = new ModeratorClient();
        long sessionId = moderator.createSession("Prueba: informe de la sesión de Educación", "2022-11-18", "SED");
        moderator.addItem(sessionId, "Avance de la infraestructura educativa", "SED", 40);
        assertEquals(404, download("session-report.xhtml?id=" + sessionId).statusCode());
        assertEquals(404, download("session-report.pdf?id=" + sessionId).statusCode());
        moderator.stage(sessionId, "publish");
        moderator.stage(sessionId, "start");
        long pasted = TestDatabase.insertPublishedQuestion(sessionId, "SED", PASTED);
        long second = TestDatabase.insertPublishedQuestion(sessionId, "SED", "¿Habrá transporte escolar para Tierra Bomba?");
        moderator.stage(sessionId, "end-live");

        Document preliminary = page("session-report.xhtml?id=" + sessionId);
        assertTrue(preliminary.selectFirst("#report-state").text().startsWith("Informe preliminar (generado el "));
        assertEquals(List.of("Pendiente de respuesta | " + PASTED + " | —",
                "Pendiente de respuesta | ¿Habrá transporte escolar para Tierra Bomba? | —"), reportQuestions(preliminary));
        String firstPdf = pdfText(sessionId);
        assertTrue(firstPdf.contains(PASTED), firstPdf);
        assertTrue(firstPdf.contains("Informe preliminar"), firstPdf);

        FacesClient secretary = education();
        answer(secretary, pasted, ANSWER);
        Document answered = page("session-report.xhtml?id=" + sessionId);
        // The session was held in 2022, so its 15 business days ran out long ago: the answer is late.
        assertEquals(List.of("Respondida por escrito fuera de plazo | " + PASTED + " | " + ANSWER,
                "Pendiente de respuesta | ¿Habrá transporte escolar para Tierra Bomba? | —"), reportQuestions(answered));
        assertTrue(pdfText(sessionId).contains(ANSWER));

        answer(secretary, second, "Sí: dos lanchas desde el 1 de febrero, de lunes a viernes.");
        assertEquals(List.of("La sesión quedó cerrada."), messages(moderator.stage(sessionId, "close")));
        assertEquals(List.of("1"), strings("SELECT COUNT(*) FROM session_report WHERE session_id = ?", sessionId));

        Document frozen = page("session-report.xhtml?id=" + sessionId);
        assertTrue(frozen.selectFirst("#report-state").text().startsWith("Informe definitivo (fijado al cerrar la sesión el "));
        List<String> atClose = reportQuestions(frozen);
        String frozenPdf = pdfText(sessionId);
        // Question by question, the PDF carries what the page shows.
        for (Element question : frozen.select("#report-questions > li")) {
            assertTrue(frozenPdf.contains(question.selectFirst(".question-text").text()));
            assertTrue(frozenPdf.contains(question.selectFirst(".answer-status .tag").text()));
            assertTrue(frozenPdf.contains(question.selectFirst(".response-text").text()));
        }
        assertTrue(frozenPdf.contains("Página 1 de "), frozenPdf);
        assertTrue(frozenPdf.contains("Informe definitivo"));

        // A later change to the data does not reach the report of a closed session.
        try (var connection = TestDatabase.connect(); var update = connection.prepareStatement(
                "UPDATE response SET body = 'Texto cambiado después del cierre.' WHERE question_id = ?")) {
            update.setLong(1, pasted);
            assertEquals(1, update.executeUpdate());
        }
        assertEquals(atClose, reportQuestions(page("session-report.xhtml?id=" + sessionId)));
        assertFalse(pdfText(sessionId).contains("Texto cambiado después del cierre."));
        assertTrue(page("session.xhtml?id=" + sessionId).text().contains("Texto cambiado después del cierre."));
    }

    private static Document survey(FacesClient citizen, long sessionId) throws Exception {
        return Jsoup.parse(citizen.get("survey.xhtml?id=" + sessionId).body());
    }

    /** Sends a survey form with the given answers by position: the scale value, the option, or the text. */
    private static Document send(FacesClient citizen, Document form, Map<Integer, String> byPosition) throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<Integer, String> answer : byPosition.entrySet()) {
            Element block = form.selectFirst("#question-" + answer.getKey());
            Element field = block.selectFirst("input[type=radio], textarea");
            values.put(field.attr("name"), answer.getValue());
        }
        return Jsoup.parse(citizen.submit(form, "survey", values, "survey:submit").body());
    }

    @Test
    void surveyOncePerCitizenWithCharts() throws Exception {
        ModeratorClient moderator = new ModeratorClient();
        long sessionId = moderator.createSession("Prueba: evaluación ciudadana", "2022-12-02", "SED");
        moderator.addItem(sessionId, "Diálogo con la comunidad educativa", "SED", 60);
        moderator.stage(sessionId, "publish");
        Document editor = Jsoup.parse(moderator.http().get("moderator/survey.xhtml?id=" + sessionId).body());
        Document suggested = Jsoup.parse(moderator.http().submit(editor, "questions", Map.of(), "questions:suggested").body());
        assertEquals(List.of("Se agregaron las preguntas sugeridas."), messages(suggested));
        Document badChoice = Jsoup.parse(moderator.http().submit(suggested, "add",
                Map.of("add:kind", "CHOICE", "add:prompt", "¿Volvería a participar?", "add:options", "Sí\nsí"),
                "add:submit").body());
        assertEquals(List.of("La opción «sí» está repetida."), messages(badChoice));
        assertEquals(List.of("4"), strings("SELECT COUNT(*) FROM survey_question WHERE session_id = ?", sessionId));

        FacesClient ana = Citizens.signedIn("Ana Lucía Barrios");
        assertEquals("La encuesta recibe respuestas después de la sesión, mientras la Alcaldía publica las respuestas"
                + " por escrito. Ahora no está abierta.", survey(ana, sessionId).selectFirst("#survey-closed").text());
        moderator.stage(sessionId, "start");
        moderator.stage(sessionId, "end-live");

        Document form = survey(ana, sessionId);
        Document sent = send(ana, form, Map.of(1, "5", 2, "4", 3, "Radio o televisión",
                4, "Más tiempo para preguntar <script>alert('x')</script> 👍"));
        assertEquals(List.of("Gracias. Su evaluación quedó registrada."), messages(sent));
        Document again = send(ana, form, Map.of(1, "1", 2, "1", 3, "Otro medio"));
        assertEquals("Usted ya respondió la encuesta de esta sesión. Gracias.", again.select("#survey-answered").text());
        assertEquals(List.of(), messages(again), "the paragraph alone tells the citizen, without a repeated message");
        assertEquals(0, again.select("#survey").size(), "the answered survey shows no form");
        assertEquals(List.of("1"), strings("SELECT COUNT(*) FROM survey_response WHERE session_id = ?", sessionId));

        FacesClient beto = Citizens.signedIn("Beto Pérez Ñáñez");
        Document missing = send(beto, survey(beto, sessionId), Map.of(2, "4", 3, "Otro medio"));
        assertEquals(List.of("Responda la pregunta 1: «En general, ¿cómo califica esta rendición de cuentas?»."),
                messages(missing));
        Document forged = send(beto, survey(beto, sessionId), Map.of(1, "9", 2, "4", 3, "Otro medio"));
        assertEquals(List.of("En general, ¿cómo califica esta rendición de cuentas?: elija una de las opciones de la lista."),
                messages(forged));
        assertEquals(List.of("1"), strings("SELECT COUNT(*) FROM survey_response WHERE session_id = ?", sessionId));
        assertEquals(List.of("Gracias. Su evaluación quedó registrada."),
                messages(send(beto, survey(beto, sessionId), Map.of(1, "3", 2, "4", 3, "Redes sociales de la Alcaldía"))));

        assertEquals("La encuesta la responden los ciudadanos; las cuentas de la Alcaldía no pueden responderla.",
                Jsoup.parse(education().get("survey.xhtml?id=" + sessionId).body()).selectFirst("#survey-citizens-only").text());

        Document session = page("session.xhtml?id=" + sessionId);
        List<Element> charts = session.select("section[aria-labelledby=evaluation] figure.chart");
        assertEquals(3, charts.size());
        assertEquals(List.of("1 · Muy malo 0", "2 · Malo 0", "3 · Regular 1", "4 · Bueno 0", "5 · Muy bueno 1"),
                charts.get(0).select("tbody tr").eachText());
        assertEquals(List.of("1 · Muy malo 0", "2 · Malo 0", "3 · Regular 0", "4 · Bueno 2", "5 · Muy bueno 0"),
                charts.get(1).select("tbody tr").eachText());
        assertEquals(List.of("Redes sociales de la Alcaldía 1", "Página web de la Alcaldía 0", "Radio o televisión 1",
                "Junta de Acción Comunal o líder del barrio 0", "Otro medio 0"), charts.get(2).select("tbody tr").eachText());
        assertEquals(List.of("Respondieron: 2 · promedio 4 de 5", "Respondieron: 2 · promedio 4 de 5", "Respondieron: 2",
                        "Respondieron: 1 · los comentarios los leen los moderadores y no se publican"),
                session.select("section[aria-labelledby=evaluation] .survey-figures").eachText());
        assertFalse(session.html().contains("Más tiempo para preguntar"));

        HttpResponse<String> moderatorView = moderator.http().get("moderator/survey.xhtml?id=" + sessionId);
        assertEquals(List.of("Más tiempo para preguntar <script>alert('x')</script> 👍"),
                Jsoup.parse(moderatorView.body()).select(".survey-comments li").eachText());
        assertTrue(moderatorView.body().contains("&lt;script&gt;alert('x')&lt;/script&gt;"));
        assertEquals(List.of(), Jsoup.parse(moderatorView.body()).select("input[id$=remove]").eachAttr("id"));

        Document report = page("session-report.xhtml?id=" + sessionId);
        assertEquals("2", report.select("#participation-figures tr").stream()
                .filter(row -> row.selectFirst("th").text().equals("Ciudadanos que evaluaron la sesión"))
                .findFirst().orElseThrow().selectFirst("td").text());
        assertTrue(pdfText(sessionId).contains("Respondieron: 2 · promedio 4 de 5"));
    }

    private static List<List<String>> csv(String name, String query) throws Exception {
        HttpResponse<byte[]> response = download("statistics/" + name + ".csv" + query);
        assertEquals(200, response.statusCode());
        assertEquals("text/csv;charset=UTF-8", response.headers().firstValue("Content-Type").orElseThrow());
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"));
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.RFC4180.builder().setDelimiter(';').build().parse(new StringReader(text.substring(1)))) {
            rows.add(record.toList());
        }
        return rows;
    }

    @Test
    void statisticsTablesMatchCsvAndDatabase() throws Exception {
        ModeratorClient moderator = new ModeratorClient();
        long sessionId = moderator.createSession("Prueba: estadísticas de Planeación", "2022-12-09", "SPD");
        moderator.addItem(sessionId, "Avance del Plan de Desarrollo", "SPD", 30);
        moderator.stage(sessionId, "publish");
        TestDatabase.insertPublishedQuestion(sessionId, "SPD", "¿Cuánto avanzó la línea «Capítulo Étnico» del Plan?");
        Document statistics = page("statistics.xhtml");
        List<String> ids = statistics.select("figure.chart").eachAttr("id");
        assertEquals(List.of("questions-by-session", "questions-by-department", "answered-on-time", "days-to-answer",
                "commitments-by-status", "commitments-by-department", "plan-progress"), ids);
        for (String id : ids.subList(1, ids.size())) {
            Element chart = statistics.getElementById(id);
            List<List<String>> rows = csv(id, "");
            if (chart.selectFirst("table") == null) {
                assertEquals(1, rows.size(), id + " has no figures, so its file has only the header");
                continue;
            }
            // The file has the table's columns; a percentage column says "(%)" in its header, not in each cell.
            boolean percent = chart.selectFirst("tbody td").text().endsWith(" %");
            List<String> header = new ArrayList<>(chart.select("thead th").eachText());
            header.set(1, header.get(1) + (percent ? " (%)" : ""));
            assertEquals(header, rows.get(0), id);
            List<List<String>> table = new ArrayList<>();
            for (Element row : chart.select("tbody tr")) {
                List<String> cells = new ArrayList<>(List.of(row.selectFirst("th").text()));
                cells.addAll(row.select("td").eachText());
                cells.set(1, cells.get(1).replace(" %", ""));
                table.add(cells);
            }
            assertEquals(table, rows.subList(1, rows.size()), id);
        }

        List<List<String>> plan = csv("plan-progress", "");
        assertEquals(List.of("Línea del Plan de Desarrollo", "Avance (%)"), plan.get(0));
        assertTrue(plan.contains(List.of("Seguridad Humana", "40,9")));
        assertTrue(plan.contains(List.of("Capítulo Étnico", "22,5")));
        assertEquals(List.of("Development Plan line", "Progress (%)"), csv("plan-progress", "?lang=en").get(0));
        assertTrue(csv("plan-progress", "?lang=en").contains(List.of("Seguridad Humana", "40.9")));
        assertEquals(List.of("Dependencia", "Respondidas a tiempo (%)", "Preguntas publicadas"),
                csv("answered-on-time", "").get(0));
        assertEquals(List.of("Dependencia", "Compromisos", "Cumplidos"), csv("commitments-by-department", "").get(0));

        List<String> inProgress = strings("SELECT COUNT(*) FROM commitment WHERE status = 'IN_PROGRESS'");
        assertTrue(csv("commitments-by-status", "").contains(List.of("En ejecución", inProgress.get(0))));
        List<String> byDepartment = strings("SELECT CONCAT(d.name, '|', COUNT(*)) FROM question q"
                + " JOIN department d ON d.id = q.department_id WHERE q.status = 'PUBLISHED' AND q.example = FALSE"
                + " GROUP BY d.name ORDER BY d.name");
        assertEquals(byDepartment, csv("questions-by-department", "").subList(1, byDepartment.size() + 1).stream()
                .map(row -> row.get(0) + "|" + row.get(1)).toList());
        assertEquals(strings("SELECT COUNT(*) FROM accountability_session WHERE status <> 'DRAFT'").get(0),
                String.valueOf(csv("questions-by-session", "").size() - 1));
        assertEquals(404, download("statistics/unknown.csv").statusCode());
        assertEquals(404, download("statistics/plan-progress.json").statusCode());
    }
}

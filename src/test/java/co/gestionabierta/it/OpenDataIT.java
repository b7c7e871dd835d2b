package co.gestionabierta.it;

import co.gestionabierta.testsupport.Citizens;
import co.gestionabierta.testsupport.Deployments;
import co.gestionabierta.testsupport.FacesClient;
import co.gestionabierta.testsupport.ModeratorClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static co.gestionabierta.testsupport.TestDatabase.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The open-data downloads, read back with a CSV parser and a JSON parser and compared with the page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenDataIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static HttpResponse<byte[]> download(String path) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(co.gestionabierta.testsupport.Urls.base()
                + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void questionsCsvMatchesThePage() throws Exception {
        ModeratorClient moderator = new ModeratorClient();
        long sessionId = moderator.createSessionWithWindow("Prueba: datos abiertos; con \"comillas\", comas",
                "2030-10-18", "2026-01-01T08:00", "2030-10-18T12:00", "AFTER", "SED");
        moderator.addItem(sessionId, "Diálogo", null, 30);
        moderator.stage(sessionId, "publish");
        String email = Citizens.create("Nohora Julio");
        FacesClient citizen = new FacesClient();
        citizen.login(email, Citizens.PASSWORD);
        String text = "¿Por qué \"Colegio Nuevo\"; no abre?\nSegunda línea, con coma y ñ 🏫";
        Document page = Jsoup.parse(citizen.get("account/ask.xhtml?session=" + sessionId).body());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("ask:department", ModeratorClient.departmentIds("SED").get(0));
        values.put("ask:text", text);
        values.put("ask:consent", "on");
        citizen.submit(page, "ask", values, "ask:submit");
        String questionId = strings("SELECT id FROM question WHERE body = ?", text).get(0);

        HttpResponse<byte[]> csv = download("opendata/questions.csv");
        HttpResponse<byte[]> json = download("opendata/questions.json");

        assertEquals("text/csv;charset=UTF-8", csv.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(csv.body()[0], csv.body()[1], csv.body()[2]));
        String csvText = new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVParser.parse(new StringReader(csvText),
                CSVFormat.RFC4180.builder().setDelimiter(';').build()).getRecords();
        assertEquals(List.of("Id", "Id de la sesión", "Sesión", "Dependencia", "Punto del orden del día", "Pregunta",
                "Fecha de la pregunta", "Apoyos", "Tipo de respuesta", "Fecha de la respuesta",
                "Respondida fuera de plazo", "Plazo de respuesta", "Respuesta", "Enlace"), records.get(0).toList());
        CSVRecord row = records.stream().filter(r -> r.get(0).equals(questionId)).findFirst().orElseThrow();
        Document publicPage = Jsoup.parse(new FacesClient().get("session.xhtml?id=" + sessionId).body());
        assertEquals(String.valueOf(sessionId), row.get(1));
        assertEquals(publicPage.selectFirst("h1").text(), row.get(2));
        assertEquals("Secretaría de Educación", row.get(3));
        assertEquals(text, row.get(5));
        assertEquals(publicPage.selectFirst("#q" + questionId + " .question-text").wholeText(), row.get(5));
        assertTrue(row.get(6).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}-05:00"), row.get(6));
        assertEquals("0", row.get(7));
        assertEquals("", row.get(12));
        assertEquals("http://127.0.0.1:8180/session.xhtml?id=" + sessionId + "#q" + questionId, row.get(13));
        String everything = new String(csv.body(), StandardCharsets.UTF_8) + new String(json.body(), StandardCharsets.UTF_8);
        assertFalse(everything.contains(email), "no e-mail addresses");
        assertFalse(everything.contains("Nohora Julio"), "no author names");

        JsonArray array = Json.createReader(new StringReader(new String(json.body(), StandardCharsets.UTF_8))).readArray();
        JsonObject entry = array.getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("id").equals(questionId)).findFirst().orElseThrow();
        assertEquals(text, entry.getString("question"));
        assertTrue(entry.isNull("answer"));
        assertEquals(records.size() - 1, array.size());
    }

    @Test
    void sessionsExportLeavesOutDrafts() throws Exception {
        ModeratorClient moderator = new ModeratorClient();
        long draft = moderator.createSession("Prueba: borrador que no se exporta", "2022-03-18", "SED");

        String csv = new String(download("opendata/sessions.csv?lang=en").body(), StandardCharsets.UTF_8);

        assertTrue(csv.startsWith("\uFEFFId;Session;Type;Fiscal year;Quarter;Date;Start time;Place;Status;"), csv.substring(0, 120));
        assertTrue(csv.contains("Diálogos de Superciudad: Rendición de cuentas 2025"));
        assertFalse(csv.contains("Prueba: borrador que no se exporta"));
        assertEquals(404, download("opendata/drafts.csv").statusCode());
        assertEquals(List.of("DRAFT"), strings("SELECT status FROM accountability_session WHERE id = ?", draft));
    }
}

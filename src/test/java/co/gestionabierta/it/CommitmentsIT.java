package co.gestionabierta.it;

import co.gestionabierta.testsupport.Citizens;
import co.gestionabierta.testsupport.Deployments;
import co.gestionabierta.testsupport.FacesClient;
import co.gestionabierta.testsupport.Mailbox;
import co.gestionabierta.testsupport.FacesClient.Upload;
import co.gestionabierta.testsupport.ModeratorClient;
import co.gestionabierta.testsupport.TestDatabase;
import com.icegreen.greenmail.util.GreenMail;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.mail.internet.MimeMessage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static co.gestionabierta.testsupport.ModeratorClient.messages;
import static co.gestionabierta.testsupport.TestDatabase.strings;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Commitments end to end against WildFly, MariaDB and a real SMTP server (GreenMail) that is stopped and
 * started during a test: creation by a secretary, progress updates with evidence, following, e-mails that
 * survive an SMTP outage and arrive once, the daily digest, the Atom and JSON feeds with cursor paging,
 * and the CSV export compared with the page. The test server's outbox runs every 2 seconds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommitmentsIT {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("(http://\\S+/unsubscribe\\.xhtml\\?token=[A-Za-z0-9_-]{43})");
    private static final Pattern COMMITMENT_ID = Pattern.compile("commitment\\.xhtml\\?id=([0-9]+)");

    /** A small but complete PDF 1.4 file with one empty page. */
    private static final byte[] PDF = ("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n"
            + "1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);

    private GreenMail smtp;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private void startSmtp() {
        smtp = Mailbox.start();
    }

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    private static List<MimeMessage> to(GreenMail server, String email) {
        return Mailbox.to(server, email);
    }

    private static List<MimeMessage> waitFor(GreenMail server, String email, int count) throws InterruptedException {
        for (int waited = 0; waited < 30 && to(server, email).size() < count; waited++) {
            Thread.sleep(1_000);
        }
        return to(server, email);
    }

    private static FacesClient education() throws Exception {
        FacesClient client = new FacesClient();
        client.login("educacion@gestionabierta.example", System.getenv("GA_DEMO_PASSWORD"));
        return client;
    }

    /** Creates a session of Educación whose live part took place, so commitments can be made in it. */
    private static long heldSession(String title) throws Exception {
        ModeratorClient moderator = new ModeratorClient();
        long sessionId = moderator.createSession(title, "2022-06-17", "SED");
        moderator.addItem(sessionId, "Infraestructura educativa", "SED", 30);
        moderator.stage(sessionId, "publish");
        moderator.stage(sessionId, "start");
        moderator.stage(sessionId, "end-live");
        return sessionId;
    }

    private static HttpResponse<String> createCommitment(FacesClient secretary, long sessionId, String title,
                                                         String description, String dueOn, String milestones)
            throws Exception {
        Document form = Jsoup.parse(secretary.get("secretary/commitment.xhtml?session=" + sessionId).body());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("commitment:title", title);
        values.put("commitment:description", description);
        values.put("commitment:starts-on", "2022-06-17");
        values.put("commitment:due-on", dueOn);
        values.put("commitment:milestones", milestones);
        return secretary.submit(form, "commitment", values, "commitment:submit");
    }

    private static long idOf(HttpResponse<String> response) {
        Matcher id = COMMITMENT_ID.matcher(response.uri().toString());
        if (!id.find()) {
            throw new IllegalStateException("Not on a commitment page: " + messages(Jsoup.parse(response.body())));
        }
        return Long.parseLong(id.group(1));
    }

    private static Document postUpdate(FacesClient secretary, long commitmentId, String status, String progress,
                                       String text, String links, Upload file) throws Exception {
        Document form = Jsoup.parse(secretary.get("secretary/commitment-progress.xhtml?id=" + commitmentId).body());
        return postUpdate(secretary, form, status, progress, text, links, file);
    }

    private static Document postUpdate(FacesClient secretary, Document form, String status, String progress,
                                       String text, String links, Upload file) throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("progress:status", status);
        values.put("progress:progress-percent", progress);
        values.put("progress:text", text);
        values.put("progress:links", links);
        return Jsoup.parse(secretary.submitMultipart(form, "progress", values,
                file == null ? Map.of() : Map.of("progress:files", file), "progress:submit").body());
    }

    private static void follow(FacesClient citizen, long commitmentId) throws Exception {
        Document page = Jsoup.parse(citizen.get("commitment.xhtml?id=" + commitmentId).body());
        Document followed = Jsoup.parse(citizen.submit(page, "follow", Map.of(), "follow:submit").body());
        assertEquals(List.of("Ahora sigue este compromiso: le avisaremos por correo de cada avance y cambio de estado."),
                messages(followed));
    }

    /** Returns the plain-text body with the application's line breaks, which SMTP carries as CRLF. */
    private static String bodyOf(MimeMessage message) throws Exception {
        return ((String) message.getContent()).replace("\r\n", "\n");
    }

    @Test
    void followerGetsUpdatesOnceAfterOutage() throws Exception {
        startSmtp();
        long sessionId = heldSession("Prueba: compromisos con avisos");
        FacesClient secretary = education();
        String email = Citizens.create("Yolanda Caraballo");
        FacesClient citizen = new FacesClient();
        citizen.login(email, Citizens.PASSWORD);

        long id = idOf(createCommitment(secretary, sessionId, "Terminar la sede de la I.E. Nuestra Señora del Carmen 🏫",
                "Obra en Bocachica: aulas, comedor y batería sanitaria.", "2027-06-30",
                "Estructura terminada; 2027-01-31\nEntrega a la comunidad"));
        follow(citizen, id);

        Document first = postUpdate(secretary, id, "IN_PROGRESS", "30",
                "Se terminó la cimentación, con \"concreto\" certificado; ver acta.\nSigue la estructura.",
                "https://www.cartagena.gov.co/educacion", new Upload("Acta de obra nº 3.pdf", "application/pdf", PDF));
        Document second = postUpdate(secretary, id, "IN_PROGRESS", "60", "Estructura de las aulas terminada.", "", null);

        assertEquals(List.of("El avance quedó publicado en el historial. Quienes siguen el compromiso recibirán un aviso."),
                messages(first));
        assertEquals(messages(first), messages(second));
        List<MimeMessage> received = waitFor(smtp, email, 2);
        assertEquals(2, received.size());
        assertEquals("Un compromiso que sigue cambió de estado", received.get(0).getSubject());
        assertTrue(bodyOf(received.get(0)).contains("El compromiso «Terminar la sede de la I.E. Nuestra Señora del Carmen 🏫»"
                + " pasó de «Sin iniciar» a «En ejecución» (30 % de avance):"), bodyOf(received.get(0)));
        assertTrue(bodyOf(received.get(0)).contains("Evidencias publicadas: 2."), bodyOf(received.get(0)));
        assertEquals("Nuevo avance de un compromiso que sigue", received.get(1).getSubject());
        assertTrue(bodyOf(received.get(1)).contains("Estructura de las aulas terminada."), bodyOf(received.get(1)));

        smtp.stop();
        postUpdate(secretary, id, "DELAYED", "60", "La lluvia de octubre detuvo la obra tres semanas.", "", null);
        for (int waited = 0; waited < 20 && strings("SELECT attempts FROM notification WHERE recipient_email = ?"
                + " AND arguments LIKE '%La lluvia de octubre%' AND attempts > 0", email).isEmpty(); waited++) {
            Thread.sleep(1_000);
        }
        assertEquals(List.of("PENDING|1"), strings("SELECT CONCAT(status, '|', attempts >= 1) FROM notification"
                + " WHERE recipient_email = ? AND arguments LIKE '%La lluvia de octubre%'", email));
        startSmtp();
        List<MimeMessage> afterOutage = waitFor(smtp, email, 1);
        Thread.sleep(6_000);

        assertEquals(1, to(smtp, email).size());
        assertEquals("Un compromiso que sigue cambió de estado", afterOutage.get(0).getSubject());
        String body = bodyOf(afterOutage.get(0));
        assertTrue(body.contains("pasó de «En ejecución» a «Retrasado» (60 % de avance):\n\n"
                + "La lluvia de octubre detuvo la obra tres semanas."), body);
        assertTrue(body.contains("Recibe este correo porque sigue este compromiso en Gestión Abierta."), body);

        Matcher link = UNSUBSCRIBE.matcher(body);
        assertTrue(link.find(), body);
        FacesClient anonymous = new FacesClient();
        Document unsubscribe = Jsoup.parse(anonymous.get(link.group(1).replaceFirst("^http://[^/]+/", "")).body());
        assertEquals("Dejará de recibir correos sobre este compromiso.", unsubscribe.selectFirst("#unsubscribe-what").text());
        assertEquals("Terminar la sede de la I.E. Nuestra Señora del Carmen 🏫", unsubscribe.selectFirst("#unsubscribe-title q").text());
        Document done = Jsoup.parse(anonymous.submit(unsubscribe, "unsubscribe", Map.of(), "unsubscribe:submit").body());
        assertEquals(List.of("Listo: ya no recibirá estos avisos."), messages(done));

        postUpdate(secretary, id, "IN_PROGRESS", "70", "Se reanudó la obra con dos frentes de trabajo.", "", null);
        Thread.sleep(5_000);
        assertEquals(1, to(smtp, email).size());
        assertEquals(List.of("0"), strings("SELECT COUNT(*) FROM notification WHERE recipient_email = ?"
                + " AND arguments LIKE '%dos frentes de trabajo%'", email));

        // The page shows the history newest first, the evidence and the chart; the database keeps every row.
        Document page = Jsoup.parse(citizen.get("commitment.xhtml?id=" + id).body());
        assertEquals(List.of("Avance", "Avance", "Avance", "Avance", "Creación"), page.select("#timeline .update-meta")
                .stream().map(e -> e.text().split(" · ")[1]).toList());
        assertEquals(List.of("De «Retrasado» a «En ejecución» · 70 %", "De «En ejecución» a «Retrasado» · 60 %",
                "En ejecución · 60 %", "De «Sin iniciar» a «En ejecución» · 30 %", "Sin iniciar · 0 %"),
                page.select("#timeline .update-state").eachText());
        assertEquals("Se terminó la cimentación, con \"concreto\" certificado; ver acta.\nSigue la estructura.",
                page.select("#timeline .update-text").get(3).wholeText());
        assertEquals(List.of("https://www.cartagena.gov.co/educacion", "Acta de obra nº 3.pdf"),
                page.select("#timeline .evidence a").eachText());
        assertEquals("En ejecución", page.selectFirst("#commitment-status").text());
        assertEquals("70 %", page.selectFirst("#progress-value").text());
        assertEquals(5, page.select("svg.progress-chart circle").size());
        assertEquals(List.of("5"), strings("SELECT COUNT(*) FROM commitment_update WHERE commitment_id = ?", id));

        String evidenceHref = page.selectFirst("#timeline .evidence a[href*=/evidence/]").attr("href");
        HttpResponse<byte[]> download = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(co.gestionabierta.testsupport.Urls.base()
                        + evidenceHref.substring(evidenceHref.indexOf("/evidence/") + 1))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertArrayEquals(PDF, download.body());
        assertEquals("attachment; filename=\"Acta de obra n_ 3.pdf\"; filename*=UTF-8''Acta%20de%20obra%20n%C2%BA%203.pdf",
                download.headers().firstValue("Content-Disposition").orElseThrow());

        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            SQLException rewrite = assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "UPDATE commitment_update SET body = 'Otra historia' WHERE commitment_id = " + id));
            assertTrue(rewrite.getMessage().contains("commitment_update is append-only"), rewrite.getMessage());
            assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "DELETE FROM commitment_evidence WHERE update_id IN (SELECT id FROM commitment_update WHERE commitment_id = " + id + ")"));
        }
    }

    @Test
    void dailyDigestGathersUpdates() throws Exception {
        startSmtp();
        long sessionId = heldSession("Prueba: resumen diario de avisos");
        FacesClient secretary = education();
        String email = Citizens.create("Dairo Julio");
        FacesClient citizen = new FacesClient();
        citizen.login(email, Citizens.PASSWORD);
        Document settings = Jsoup.parse(citizen.get("account/notifications.xhtml").body());
        Document saved = Jsoup.parse(citizen.submit(settings, "frequency", Map.of("frequency:choice", "DAILY"),
                "frequency:submit").body());
        assertEquals(List.of("Recibirá un resumen al día con todos los cambios."), messages(saved));

        long id = idOf(createCommitment(secretary, sessionId, "Dotar de pupitres a los colegios de Pasacaballos",
                "", "2027-02-28", ""));
        follow(citizen, id);
        postUpdate(secretary, id, "IN_PROGRESS", "50", "Llegaron 300 pupitres de los 600 contratados.", "", null);
        postUpdate(secretary, id, "COMPLETED", "100", "Se entregaron los 600 pupitres a las 4 sedes.", "", null);
        Thread.sleep(4_000);
        assertEquals(0, to(smtp, email).size(), "nothing is sent before the digest");
        assertEquals(List.of("HELD", "HELD"), strings("SELECT status FROM notification WHERE recipient_email = ? ORDER BY id", email));

        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE digest_schedule SET next_run_at = UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE");
        }
        List<MimeMessage> digests = waitFor(smtp, email, 1);
        Thread.sleep(4_000);

        assertEquals(1, to(smtp, email).size());
        assertEquals("Resumen del día en Gestión Abierta", digests.get(0).getSubject());
        String body = bodyOf(digests.get(0));
        assertTrue(body.startsWith("Hola:\n\nEstos son los 2 avisos de hoy sobre lo que sigue:\n\n"
                + "■ Un compromiso que sigue cambió de estado\n\nEl compromiso «Dotar de pupitres a los colegios de Pasacaballos»"
                + " pasó de «Sin iniciar» a «En ejecución» (50 % de avance):\n\nLlegaron 300 pupitres de los 600 contratados."), body);
        assertTrue(body.contains("pasó de «En ejecución» a «Cumplido» (100 % de avance):\n\n"
                + "Se entregaron los 600 pupitres a las 4 sedes."), body);
        assertEquals(2, UNSUBSCRIBE.matcher(body).results().count(), "each item keeps its unsubscribe link");
        assertEquals(List.of("DIGESTED", "DIGESTED", "SENT"),
                strings("SELECT status FROM notification WHERE recipient_email = ? ORDER BY id", email));
        assertTrue(Long.parseLong(strings("SELECT TIMESTAMPDIFF(HOUR, UTC_TIMESTAMP(6), next_run_at) FROM digest_schedule")
                .get(0)) < 25, "the next digest is due within a day");
    }

    @Test
    void newSessionReachesThoseWhoAskedForIt() throws Exception {
        startSmtp();
        String email = Citizens.create("Eulalia Pérez");
        FacesClient citizen = new FacesClient();
        citizen.login(email, Citizens.PASSWORD);
        Document settings = Jsoup.parse(citizen.get("account/notifications.xhtml").body());
        Document on = Jsoup.parse(citizen.submit(settings, "new-sessions", Map.of(), "new-sessions:start").body());
        assertEquals(List.of("Le avisaremos cuando se publique una nueva sesión."), messages(on));

        ModeratorClient moderator = new ModeratorClient();
        long sessionId = moderator.createSession("Prueba: aviso de nueva sesión", "2022-08-19", "SED");
        moderator.addItem(sessionId, "Balance del trimestre", "SED", 30);
        moderator.stage(sessionId, "publish");

        List<MimeMessage> received = waitFor(smtp, email, 1);
        assertEquals(1, received.size());
        assertEquals("Nueva sesión de rendición de cuentas", received.get(0).getSubject());
        String body = bodyOf(received.get(0));
        assertTrue(body.contains("«Prueba: aviso de nueva sesión»\nviernes, 19 de agosto de 2022, 9:00 a.\u00a0m.\n"
                + "Centro de Convenciones Cartagena de Indias"), body);
        assertTrue(body.contains("/session.xhtml?id=" + sessionId), body);
        assertTrue(body.contains("Recibe este correo porque pidió avisos de nuevas sesiones en Gestión Abierta."), body);
    }

    @Test
    void atomFeedListsEachChange() throws Exception {
        long sessionId = heldSession("Prueba: canal Atom de compromisos");
        FacesClient secretary = education();
        long id = idOf(createCommitment(secretary, sessionId, "Abrir la biblioteca de La Boquilla & sus talleres <lectura>",
                "Biblioteca comunitaria.", "2027-04-30", ""));
        postUpdate(secretary, id, "IN_PROGRESS", "25", "Se adecuó el local.", "", null);
        postUpdate(secretary, id, "IN_PROGRESS", "45", "Se compraron 1.200 libros.", "", null);

        FacesClient anonymous = new FacesClient();
        HttpResponse<String> response = anonymous.get("feeds/commitments.atom?session=" + sessionId);
        assertEquals("application/atom+xml;charset=UTF-8", response.headers().firstValue("Content-Type").orElseThrow());

        // The Atom 1.0 rules (RFC 4287) a validator checks: the namespace, the feed's id, title, updated, author
        // and self link, and for every entry an id, a title, an updated date and a link.
        org.w3c.dom.Document xml = parseXml(response.body());
        assertEquals("http://www.w3.org/2005/Atom", xml.getDocumentElement().getNamespaceURI());
        assertEquals("feed", xml.getDocumentElement().getLocalName());
        for (String required : List.of("id", "title", "updated", "author")) {
            assertEquals(1, children(xml.getDocumentElement(), required).size(), "feed/" + required);
        }
        assertEquals(1, children(xml.getDocumentElement(), "link").stream().filter(l -> l.getAttribute("rel").equals("self")).count());
        List<org.w3c.dom.Element> entries = children(xml.getDocumentElement(), "entry");
        assertEquals(3, entries.size());
        for (org.w3c.dom.Element entry : entries) {
            for (String required : List.of("id", "title", "updated", "link", "author", "content")) {
                assertEquals(1, children(entry, required).size(), "entry/" + required);
            }
        }

        SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals("Compromisos de la Alcaldía de Cartagena de Indias", feed.getTitle());
        assertEquals(List.of("Abrir la biblioteca de La Boquilla & sus talleres <lectura>: avance de 45 %",
                "Abrir la biblioteca de La Boquilla & sus talleres <lectura>: ahora «En ejecución» (25 %)",
                "Nuevo compromiso: Abrir la biblioteca de La Boquilla & sus talleres <lectura>"),
                feed.getEntries().stream().map(SyndEntry::getTitle).toList());
        assertEquals(List.of("Se compraron 1.200 libros.", "Se adecuó el local.", "Biblioteca comunitaria."),
                feed.getEntries().stream().map(e -> e.getContents().get(0).getValue()).toList());
        assertEquals(3, feed.getEntries().stream().map(SyndEntry::getUri).distinct().count());
        assertTrue(feed.getEntries().get(0).getUri().matches("http://\\S+/commitment\\.xhtml\\?id=" + id + "#update-[0-9]+"),
                feed.getEntries().get(0).getUri());
        assertEquals("Secretaría de Educación", feed.getEntries().get(0).getAuthors().get(0).getName());

        HttpResponse<String> badCursor = anonymous.get("feeds/commitments.atom?after=ayer");
        assertEquals(400, badCursor.statusCode());
    }

    @Test
    void feedPagesByCursorWithoutRepeats() throws Exception {
        long sessionId = heldSession("Prueba: paginación del canal de compromisos");
        List<Long> inserted = new ArrayList<>();
        try (Connection connection = TestDatabase.connect(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO commitment (title, responsible_department_id, session_id, source, due_on, status,"
                        + " progress_percent, created_at, last_changed_at) SELECT ?, id, ?, 'SESSION', '2027-12-31',"
                        + " 'IN_PROGRESS', 10, '2022-06-17 15:00:00', ? FROM department WHERE code = 'SED'",
                Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < 25; i++) {
                insert.setString(1, "Prueba de paginación " + i);
                insert.setLong(2, sessionId);
                // Every five commitments share a change time, so the id must break the tie.
                insert.setString(3, "2022-07-" + String.format("%02d", 1 + i / 5) + " 12:00:00");
                insert.executeUpdate();
                try (var keys = insert.getGeneratedKeys()) {
                    keys.next();
                    inserted.add(keys.getLong(1));
                }
            }
        }
        List<Long> expected = new ArrayList<>(inserted);
        expected.sort((a, b) -> {
            int dayA = inserted.indexOf(a) / 5;
            int dayB = inserted.indexOf(b) / 5;
            return dayA != dayB ? Integer.compare(dayB, dayA) : Long.compare(b, a);
        });

        FacesClient anonymous = new FacesClient();
        Document first = Jsoup.parse(anonymous.get("commitments.xhtml?session=" + sessionId).body());
        String next = first.selectFirst("#next-page").attr("href");
        Document second = Jsoup.parse(anonymous.get(next.substring(next.indexOf("commitments.xhtml"))).body());
        List<Long> shown = new ArrayList<>();
        for (Document page : List.of(first, second)) {
            page.select("#commitment-feed li.commitment").forEach(li -> shown.add(Long.parseLong(li.id().substring(11))));
        }

        assertEquals(20, first.select("#commitment-feed li.commitment").size());
        assertEquals(expected, shown);
        assertNull(second.selectFirst("#next-page"));
        assertEquals("Volver a los más recientes", second.selectFirst("#first-page").text());

        JsonObject json = json(anonymous.get("feeds/commitments.json?session=" + sessionId + "&status=IN_PROGRESS").body());
        JsonArray items = json.getJsonArray("items");
        assertEquals(expected, items.stream().map(v -> ((JsonObject) v).getJsonNumber("id").longValue()).toList());
        assertTrue(json.isNull("next"));
        assertEquals("En ejecución", items.getJsonObject(0).getString("status_label"));
        assertFalse(items.getJsonObject(0).getBoolean("overdue"));

        Document filteredOut = Jsoup.parse(anonymous.get("commitments.xhtml?session=" + sessionId + "&status=COMPLETED").body());
        assertEquals("Ningún compromiso cumple estos filtros.", filteredOut.selectFirst("#no-commitments").text());
    }

    @Test
    void csvExportMatchesThePageFieldForField() throws Exception {
        long sessionId = heldSession("Prueba: exportación de compromisos");
        FacesClient secretary = education();
        String title = "Reparar techos; aulas \"A\" y \"B\", sede Olaya Herrera ñ 😀";
        long id = idOf(createCommitment(secretary, sessionId, title, "Primera línea\nSegunda línea, con coma; y punto y coma",
                "2022-12-31", "Diagnóstico; 2022-09-30"));
        postUpdate(secretary, id, "IN_PROGRESS", "20", "Diagnóstico listo: 12 aulas, \"urgente\".\nSigue la compra.", "", null);

        FacesClient anonymous = new FacesClient();
        Document page = Jsoup.parse(anonymous.get("commitment.xhtml?id=" + id).body());
        HttpResponse<String> csv = anonymous.get("opendata/commitments.csv");
        assertEquals('\uFEFF', csv.body().charAt(0));
        CSVRecord row;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv.body().substring(1)))) {
            row = parser.stream().filter(r -> r.get("ID").equals(String.valueOf(id))).findFirst().orElseThrow();
        }

        assertEquals(page.selectFirst("#commitment-title").text(), row.get("Título"));
        assertEquals(title, row.get("Título"));
        assertEquals(page.selectFirst("#description").wholeText(), row.get("Descripción"));
        assertEquals(page.selectFirst("#responsible").text(), row.get("Dependencia responsable"));
        assertEquals(page.selectFirst("#commitment-status").text(), row.get("Estado"));
        assertEquals(page.selectFirst("#progress-value").text(), row.get("Avance (%)") + " %");
        assertEquals("31 de diciembre de 2022", page.selectFirst("#due-on").text());
        assertEquals("2022-12-31", row.get("Fecha límite"));
        assertEquals("Vencido", page.selectFirst("#overdue").text());
        assertEquals("Sí", row.get("Vencido"));
        assertEquals("Sesión de rendición de cuentas", row.get("Origen"));
        assertEquals(String.valueOf(sessionId), row.get("ID de la sesión"));
        assertEquals("Diagnóstico (2022-09-30)", row.get("Hitos"));

        HttpResponse<String> updates = anonymous.get("opendata/commitment-updates.csv");
        List<CSVRecord> history;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(updates.body().substring(1)))) {
            history = parser.stream().filter(r -> r.get("ID del compromiso").equals(String.valueOf(id))).toList();
        }
        assertEquals(List.of("Creación", "Avance"), history.stream().map(r -> r.get("Tipo")).toList());
        assertEquals(page.select("#timeline .update-text").get(0).wholeText(), history.get(1).get("Texto"));
        assertEquals("Diagnóstico listo: 12 aulas, \"urgente\".\nSigue la compra.", history.get(1).get("Texto"));
        assertEquals("Sin iniciar", history.get(1).get("Estado anterior"));

        JsonArray commitments;
        try (JsonReader reader = Json.createReader(new StringReader(anonymous.get("opendata/commitments.json").body()))) {
            commitments = reader.readArray();
        }
        JsonObject item = commitments.stream().map(v -> (JsonObject) v)
                .filter(o -> o.getString("id").equals(String.valueOf(id))).findFirst().orElseThrow();
        assertEquals(title, item.getString("title"));
        for (String export : List.of(csv.body(), updates.body())) {
            assertFalse(export.contains("educacion@gestionabierta.example"));
            assertFalse(export.contains("Secretaría de Educación (demo)"));
        }
    }

    @Test
    void rulesAndPermissionsProtectTheHistory() throws Exception {
        long sessionId = heldSession("Prueba: reglas de los compromisos");
        FacesClient secretary = education();
        long id = idOf(createCommitment(secretary, sessionId, "Contratar la ruta escolar de Tierra Bomba", "",
                "2027-01-31", ""));

        Document full = postUpdate(secretary, id, "IN_PROGRESS", "100", "Se firmó el contrato de la ruta.", "", null);
        assertEquals(List.of("Un avance de 100 % corresponde al estado «Cumplido». Elija ese estado o ajuste el porcentaje."),
                messages(full));
        Document html = postUpdate(secretary, id, "IN_PROGRESS", "10", "Se publicó el pliego de la ruta.", "",
                new Upload("pliego.pdf", "application/pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("El archivo «pliego.pdf» no es un PDF, PNG ni JPEG. No se guardó nada."), messages(html));
        Document badLink = postUpdate(secretary, id, "IN_PROGRESS", "10", "Se publicó el pliego de la ruta.",
                "javascript:alert(1)", null);
        assertEquals(List.of("«javascript:alert(1)» no es un enlace válido. Escriba una dirección completa que empiece"
                + " por https:// o http://."), messages(badLink));
        Document shortText = postUpdate(secretary, id, "IN_PROGRESS", "10", "Listo", "", null);
        assertEquals(List.of("El texto del avance debe tener entre 10 y 5.000 caracteres (tiene 5)."), messages(shortText));

        Document staleForm = Jsoup.parse(secretary.get("secretary/commitment-progress.xhtml?id=" + id).body());
        postUpdate(secretary, id, "IN_PROGRESS", "10", "Se publicó el pliego de la ruta.", "", null);
        Document stale = postUpdate(secretary, staleForm, "IN_PROGRESS", "15", "Se recibieron dos ofertas.", "", null);
        assertEquals(List.of("Se publicó otro avance de este compromiso mientras usted escribía, desde otra pestaña o por"
                + " otra persona. Su avance no se guardó: revise el historial y vuelva a enviarlo si aún aplica."), messages(stale));
        assertEquals(List.of("CREATED|0", "PROGRESS|10"), strings("SELECT CONCAT(kind, '|', progress_percent)"
                + " FROM commitment_update WHERE commitment_id = ? ORDER BY id", id));
        assertEquals(List.of("0"), strings("SELECT COUNT(*) FROM commitment_evidence e JOIN commitment_update u"
                + " ON u.id = e.update_id WHERE u.commitment_id = ?", id));

        FacesClient planning = new FacesClient();
        planning.login("planeacion@gestionabierta.example", System.getenv("GA_DEMO_PASSWORD"));
        assertEquals(404, planning.get("secretary/commitment-progress.xhtml?id=" + id).statusCode());
        assertEquals(404, planning.get("secretary/commitment.xhtml?session=" + sessionId).statusCode());
        FacesClient citizen = Citizens.signedIn("Rafael Núñez");
        assertEquals(403, citizen.get("secretary/commitments.xhtml").statusCode());
        assertEquals(403, citizen.get("admin/commitment.xhtml").statusCode());
        assertEquals(404, new FacesClient().get("commitment.xhtml?id=99999999").statusCode());
    }

    @Test
    void administratorCreatesPlanCommitmentForADepartment() throws Exception {
        FacesClient admin = new FacesClient();
        admin.login("administrador@gestionabierta.example", System.getenv("GA_DEMO_PASSWORD"));
        Document form = Jsoup.parse(admin.get("admin/commitment.xhtml").body());
        String reference = "PDD-" + System.nanoTime() % 100000;
        Map<String, String> values = new LinkedHashMap<>();
        values.put("commitment:source", "PLAN");
        values.put("commitment:department", ModeratorClient.departmentIds("SPD").get(0));
        values.put("commitment:reference", reference);
        values.put("commitment:title", "Actualizar el expediente distrital del POT");
        values.put("commitment:due-on", "2027-12-31");
        values.put("commitment:starts-on", "2027-01-01");
        values.put("commitment:milestones", "Diagnóstico; 2026-12-01");
        Document early = Jsoup.parse(admin.submit(form, "commitment", values, "commitment:submit").body());
        assertEquals(List.of("El hito «Diagnóstico» vence antes de la fecha de inicio del compromiso."), messages(early));
        values.put("commitment:milestones", "Diagnóstico; 2027-13-01");
        Document badDate = Jsoup.parse(admin.submit(form, "commitment", values, "commitment:submit").body());
        assertEquals(List.of("La fecha del hito de la línea 1 no es válida: «2027-13-01». Use el formato AAAA-MM-DD, por"
                + " ejemplo 2027-03-31."),
                messages(badDate));

        values.put("commitment:milestones", "Diagnóstico; 2027-03-31\nFormulación");
        long id = idOf(admin.submit(form, "commitment", values, "commitment:submit"));
        long resent = idOf(admin.submit(form, "commitment", values, "commitment:submit"));
        Document newForm = Jsoup.parse(admin.get("admin/commitment.xhtml").body());
        Document again = Jsoup.parse(admin.submit(newForm, "commitment", values, "commitment:submit").body());

        assertEquals(id, resent, "a resent form finds the commitment it created");
        assertEquals(List.of("1"), strings("SELECT COUNT(*) FROM commitment WHERE reference = ?", reference));
        assertEquals(List.of("Ya existe un compromiso con la referencia «" + reference + "»."), messages(again));
        assertEquals(List.of("PLAN|SPD|NOT_STARTED|2"), strings("SELECT CONCAT(c.source, '|', d.code, '|', c.status, '|',"
                + " (SELECT COUNT(*) FROM commitment_milestone m WHERE m.commitment_id = c.id)) FROM commitment c"
                + " JOIN department d ON d.id = c.responsible_department_id WHERE c.id = ?", id));
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static org.w3c.dom.Document parseXml(String body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<org.w3c.dom.Element> children(org.w3c.dom.Element parent, String name) {
        List<org.w3c.dom.Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof org.w3c.dom.Element element && name.equals(element.getLocalName())
                    && "http://www.w3.org/2005/Atom".equals(element.getNamespaceURI())) {
                found.add(element);
            }
        }
        return found;
    }
}

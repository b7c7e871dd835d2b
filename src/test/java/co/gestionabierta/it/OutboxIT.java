package co.gestionabierta.it;

import co.gestionabierta.testsupport.Citizens;
import co.gestionabierta.testsupport.Deployments;
import co.gestionabierta.testsupport.FacesClient;
import co.gestionabierta.testsupport.Mailbox;
import co.gestionabierta.testsupport.ModeratorClient;
import co.gestionabierta.testsupport.TestDatabase;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static co.gestionabierta.testsupport.ModeratorClient.messages;
import static co.gestionabierta.testsupport.TestDatabase.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The e-mail outbox against a real SMTP server (GreenMail) that is stopped and started during the test:
 * nothing is lost while it is down, nothing is sent twice, and a bad address does not block the others.
 * The test server's outbox runs every 2 seconds and retries after 2 seconds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutboxIT {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("(http://\\S+/unsubscribe\\.xhtml\\?token=[A-Za-z0-9_-]{43})");

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
        }
    }

    private static List<MimeMessage> to(GreenMail server, String email) {
        return Mailbox.to(server, email);
    }

    private static long askInLiveSession(ModeratorClient moderator, FacesClient author, String title, String text)
            throws Exception {
        long sessionId = moderator.createSessionWithWindow(title, "2030-09-20", "2026-01-01T08:00", "2030-09-20T12:00",
                "AFTER", "SED");
        moderator.addItem(sessionId, "Diálogo con la ciudadanía", null, 60);
        moderator.stage(sessionId, "publish");
        Document page = Jsoup.parse(author.get("account/ask.xhtml?session=" + sessionId).body());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("ask:department", ModeratorClient.departmentIds("SED").get(0));
        values.put("ask:text", text);
        values.put("ask:consent", "on");
        author.submit(page, "ask", values, "ask:submit");
        moderator.stage(sessionId, "start");
        return sessionId;
    }

    private static long questionId(String text) throws Exception {
        return Long.parseLong(strings("SELECT id FROM question WHERE body = ?", text).get(0));
    }

    private static void follow(FacesClient citizen, long sessionId, long questionId) throws Exception {
        Document page = Jsoup.parse(citizen.get("session.xhtml?id=" + sessionId).body());
        Element button = page.selectFirst("input[aria-label=Seguir esta pregunta: " + questionId + "]");
        Document followed = Jsoup.parse(citizen.submit(page, button.parent().id(), Map.of(), button.attr("name")).body());
        assertEquals(List.of("Ahora sigue esta pregunta: le avisaremos por correo cuando tenga respuesta."), messages(followed));
    }

    private static void answer(long questionId, String text) throws Exception {
        FacesClient education = new FacesClient();
        education.login("educacion@gestionabierta.example", System.getenv("GA_DEMO_PASSWORD"));
        Document page = Jsoup.parse(education.get("secretary/question.xhtml?id=" + questionId).body());
        Document answered = Jsoup.parse(education.submit(page, "answer", Map.of("answer:text", text), "answer:written").body());
        assertEquals(List.of("La respuesta quedó publicada y se avisó a quien preguntó."), messages(answered));
    }

    @Test
    void answerMailWaitsForSmtpAndArrivesOnce() throws Exception {
        ModeratorClient moderator = new ModeratorClient();
        String authorEmail = Citizens.create("Ingrid Vergara");
        FacesClient author = new FacesClient();
        author.login(authorEmail, Citizens.PASSWORD);
        String followerEmail = Citizens.create("Álvaro Pájaro");
        FacesClient follower = new FacesClient();
        follower.login(followerEmail, Citizens.PASSWORD);
        String text = "¿Cuándo vuelve el servicio de bus escolar a la vereda Tierra Baja?";
        long sessionId = askInLiveSession(moderator, author, "Prueba: avisos con el servidor de correo caído", text);
        long questionId = questionId(text);
        follow(follower, sessionId, questionId);

        answer(questionId, "El bus escolar vuelve el lunes 3 de febrero con 2 rutas.");
        Thread.sleep(5_000);

        assertEquals(List.of("1|" + authorEmail, "1|" + followerEmail), strings("SELECT CONCAT(status <> 'SENT', '|',"
                + " recipient_email) FROM notification WHERE template = 'questionAnswered' AND arguments LIKE ?"
                + " ORDER BY recipient_email = ?, id", "%El bus escolar vuelve%", followerEmail));
        assertTrue(Integer.parseInt(strings("SELECT MIN(attempts) FROM notification WHERE arguments LIKE ?",
                "%El bus escolar vuelve%").get(0)) >= 1, "the outbox tried while the SMTP server was down");

        startSmtp();
        assertTrue(smtp.waitForIncomingEmail(30_000, 2));
        Thread.sleep(6_000);

        assertEquals(1, to(smtp, authorEmail).size());
        assertEquals(1, to(smtp, followerEmail).size());
        MimeMessage followerMail = to(smtp, followerEmail).get(0);
        assertEquals("Una pregunta que sigue tiene respuesta", followerMail.getSubject());
        String body = (String) followerMail.getContent();
        assertTrue(body.contains("El bus escolar vuelve el lunes 3 de febrero con 2 rutas."), body);
        Matcher link = UNSUBSCRIBE.matcher(body);
        assertTrue(link.find(), body);
        assertEquals("<" + link.group(1) + ">", followerMail.getHeader("List-Unsubscribe")[0]);
        assertTrue(followerMail.getMessageID().matches("<notification-[0-9]+@127\\.0\\.0\\.1>"), followerMail.getMessageID());
        assertEquals(List.of("SENT", "SENT"), strings("SELECT status FROM notification WHERE arguments LIKE ? ORDER BY id",
                "%El bus escolar vuelve%"));
    }

    @Test
    void unsubscribeLinkWorksWithoutSignIn() throws Exception {
        startSmtp();
        ModeratorClient moderator = new ModeratorClient();
        String authorEmail = Citizens.create("Wilson Marimón");
        FacesClient author = new FacesClient();
        author.login(authorEmail, Citizens.PASSWORD);
        String text = "¿Qué horario tendrá el nuevo Centro de Desarrollo Infantil de El Pozón?";
        askInLiveSession(moderator, author, "Prueba: enlace para dejar de recibir avisos", text);
        long questionId = questionId(text);
        String token = strings("SELECT unsubscribe_token FROM follow f JOIN user_account u ON u.id = f.account_id"
                + " WHERE u.email = ? AND f.target_type = 'QUESTION' AND f.target_id = ?", authorEmail, questionId).get(0);
        FacesClient anonymous = new FacesClient();

        Document page = Jsoup.parse(anonymous.get("unsubscribe.xhtml?token=" + token).body());
        assertEquals("Dejará de recibir correos sobre esta pregunta.", page.selectFirst("#unsubscribe-what").text());
        assertEquals(List.of("1"), strings("SELECT COUNT(*) FROM follow WHERE unsubscribe_token = ?", token),
                "opening the link changes nothing");
        Document done = Jsoup.parse(anonymous.submit(page, "unsubscribe", Map.of(), "unsubscribe:submit").body());
        Document again = Jsoup.parse(anonymous.get("unsubscribe.xhtml?token=" + token).body());

        assertEquals(List.of("Listo: ya no recibirá estos avisos."), messages(done));
        assertEquals(List.of("0"), strings("SELECT COUNT(*) FROM follow WHERE unsubscribe_token = ?", token));
        assertEquals("El enlace no es válido o ya se usó. Si sigue recibiendo avisos, use el enlace del correo más reciente.",
                again.selectFirst("#unsubscribe-unknown").text());

        answer(questionId, "Abre de 7:00 a. m. a 4:00 p. m., de lunes a viernes.");
        Thread.sleep(6_000);
        assertEquals(0, to(smtp, authorEmail).size());
    }

    @Test
    void badAddressDoesNotBlockOthers() throws Exception {
        startSmtp();
        String valid = "valida-" + System.nanoTime() + "@gestionabierta.example";
        try (Connection connection = TestDatabase.connect(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO notification (recipient_email, template, arguments, status, next_attempt_at, created_at)"
                        + " VALUES (?, 'questionRejected', '[\"Prueba de direcciones\",\"Motivo de prueba\"]', 'PENDING',"
                        + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            for (String address : List.of("esto no es un correo", valid)) {
                insert.setString(1, address);
                insert.executeUpdate();
            }
        }

        for (int waited = 0; waited < 20 && to(smtp, valid).isEmpty(); waited++) {
            Thread.sleep(1_000);
        }

        assertEquals(List.of("FAILED|1", "SENT|1"), strings("SELECT CONCAT(status, '|', attempts) FROM notification"
                + " WHERE arguments LIKE '%Prueba de direcciones%' ORDER BY recipient_email LIKE 'valida-%', id"));
        List<MimeMessage> received = to(smtp, valid);
        assertEquals(1, received.size());
        assertEquals("Su pregunta no fue publicada", received.get(0).getSubject());
    }
}

package co.gestionabierta.it;

import co.gestionabierta.calendar.BusinessDays;
import co.gestionabierta.testsupport.Citizens;
import co.gestionabierta.testsupport.Deployments;
import co.gestionabierta.testsupport.FacesClient;
import co.gestionabierta.testsupport.ModeratorClient;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static co.gestionabierta.testsupport.ModeratorClient.messages;
import static co.gestionabierta.testsupport.TestDatabase.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Citizens ask and support, moderators approve, reject, merge and reassign, secretaries answer live and
 * in writing, over real HTTP with a real SMTP server (GreenMail). Question sessions are held in 2030,
 * so they stay after the demo's next session and never become the latest one held.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuestionsIT {

    private static final String SESSION_DAY = "2030-06-14";
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

    /** Creates and publishes a session accepting questions now, with one agenda item. */
    private static long openSession(ModeratorClient moderator, String title, String moderation) throws Exception {
        long id = moderator.createSessionWithWindow(title, SESSION_DAY, "2026-01-01T08:00", SESSION_DAY + "T12:00", moderation,
                "SED", "SHD");
        moderator.addItem(id, "Diálogo con la ciudadanía", null, 60);
        moderator.stage(id, "publish");
        return id;
    }

    private static Document ask(FacesClient citizen, long sessionId, String departmentCode, String text, boolean showName)
            throws Exception {
        Document page = Jsoup.parse(citizen.get("account/ask.xhtml?session=" + sessionId).body());
        return submitAsk(citizen, page, departmentCode, text, showName);
    }

    private static Document submitAsk(FacesClient citizen, Document page, String departmentCode, String text,
                                      boolean showName) throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("ask:department", departmentCode == null ? "0" : ModeratorClient.departmentIds(departmentCode).get(0));
        values.put("ask:text", text);
        values.put("ask:show-author", showName ? "on" : "");
        values.put("ask:consent", "on");
        return Jsoup.parse(citizen.submit(page, "ask", values, "ask:submit").body());
    }

    private static long questionId(String text) throws Exception {
        return Long.parseLong(strings("SELECT id FROM question WHERE body = ?", text).get(0));
    }

    private static Document moderate(ModeratorClient moderator, long sessionId, long questionId, String button,
                                     Map<String, String> values) throws Exception {
        Document queue = Jsoup.parse(moderator.http().get("moderator/questions.xhtml?id=" + sessionId).body());
        Element form = queue.selectFirst("#pq" + questionId + " form, #mq" + questionId + " form");
        Map<String, String> named = new LinkedHashMap<>();
        values.forEach((field, value) -> named.put(form.id() + ":" + field, value));
        return Jsoup.parse(moderator.http().submit(queue, form.id(), named, form.id() + ":" + button).body());
    }

    private static Document secretary(FacesClient secretary, long questionId, String formId, String button,
                                      Map<String, String> values) throws Exception {
        Document page = Jsoup.parse(secretary.get("secretary/question.xhtml?id=" + questionId).body());
        Map<String, String> named = new LinkedHashMap<>();
        values.forEach((field, value) -> named.put(formId + ":" + field, value));
        return Jsoup.parse(secretary.submit(page, formId, named, formId + ":" + button).body());
    }

    private static FacesClient staff(String email) throws Exception {
        FacesClient client = new FacesClient();
        client.login(email, System.getenv("GA_DEMO_PASSWORD"));
        return client;
    }

    private static String recipients(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void askedQuestionWaitsForApproval() throws Exception {
        ModeratorClient moderator = new ModeratorClient();
        long sessionId = openSession(moderator, "Prueba: preguntas con tildes, emoji y HTML", "BEFORE");
        FacesClient citizen = Citizens.signedIn("Ana María Pérez Núñez");
        String text = "¿Cuántas sedes de la Institución Educativa de Olaya Herrera tendrán jornada única en 2027? 🏫"
                + " <script>alert('hola')</script> <b>urgente</b>";

        Document received = ask(citizen, sessionId, "SED", text, false);

        assertEquals(List.of("Su pregunta quedó recibida y se publicará cuando el equipo de moderación la revise. Le avisaremos por correo cuando tenga respuesta."),
                messages(received));
        assertEquals(List.of("PENDING|SED|0|" + text), strings("SELECT CONCAT(q.status, '|', d.code, '|', q.show_author,"
                + " '|', q.body) FROM question q JOIN department d ON d.id = q.department_id WHERE q.body = ?", text));
        assertEquals(List.of("QUESTION"), strings("SELECT c.purpose FROM personal_data_consent c JOIN question q"
                + " ON q.author_id = c.account_id WHERE q.body = ?", text));
        long id = questionId(text);
        assertEquals(0, new FacesClient().get("session.xhtml?id=" + sessionId).body().split("id=\"q" + id + "\"").length - 1);
        // The list shows a question's first 120 characters, counting the emoji as one.
        String listedTitle = text.substring(0, text.offsetByCodePoints(0, 120)) + "…";
        Element pendingFollow = Jsoup.parse(citizen.get("account/notifications.xhtml").body()).selectFirst("#follow-list li");
        assertEquals("Pregunta " + listedTitle + " En moderación", pendingFollow.text());
        assertEquals("/session.xhtml?id=" + sessionId, pendingFollow.selectFirst("a").attr("href"));

        Document approved = moderate(moderator, sessionId, id, "approve", Map.of());
        assertEquals(List.of("La pregunta quedó publicada."), messages(approved));
        Element publishedFollow = Jsoup.parse(citizen.get("account/notifications.xhtml").body()).selectFirst("#follow-list li");
        assertEquals("Pregunta " + listedTitle, publishedFollow.text());
        assertEquals("/session.xhtml?id=" + sessionId + "#q" + id, publishedFollow.selectFirst("a").attr("href"));

        HttpResponse<String> publicPage = new FacesClient().get("session.xhtml?id=" + sessionId);
        Document page = Jsoup.parse(publicPage.body());
        assertEquals(text, page.selectFirst("#q" + id + " .question-text").text());
        assertTrue(publicPage.body().contains("&lt;script&gt;alert('hola')&lt;/script&gt;"), "HTML is shown as text");
        assertEquals(0, page.select("#q" + id + " script, #q" + id + " b").size());
        assertEquals("Ciudadano/a", page.selectFirst("#q" + id + " .question-author").text());
        assertEquals(List.of("Pregunta n.º " + id + " aprobada."),
                page.select("#moderation-entries li").eachText().stream().map(t -> t.substring(t.indexOf(" · ") + 3)).toList());
    }

    @Test
    void everyQueueRowKeepsItsInput() throws Exception {
        ModeratorClient moderator = new ModeratorClient();
        long sessionId = openSession(moderator, "Prueba: moderar cualquier fila de la cola", "BEFORE");
        String email = Citizens.create("Luz Dary Herrera");
        FacesClient citizen = Citizens.signIn(email);
        String first = "¿Qué colegios de Nelson Mandela tendrán comedor escolar en 2027? (fila 1)";
        String second = "¿Cuándo se repara el techo del colegio de Bicentenario? (fila 2)";
        String third = "¿Habrá rutas escolares para Tierra Bomba? (fila 3)";
        ask(citizen, sessionId, null, first, true);
        ask(citizen, sessionId, null, second, true);
        ask(citizen, sessionId, "SED", third, true);
        Document stale = Jsoup.parse(moderator.http().get("moderator/questions.xhtml?id=" + sessionId).body());

        Document approved = moderate(moderator, sessionId, questionId(first), "approve",
                Map.of("department", ModeratorClient.departmentIds("SED").get(0)));
        Document rejected = moderate(moderator, sessionId, questionId(second), "reject",
                Map.of("reason", "Pregunta repetida en la misma sesión."));
        Document unchanged = moderate(moderator, sessionId, questionId(first), "reassign", Map.of("department", ""));

        assertEquals(List.of("La pregunta quedó publicada."), messages(approved));
        assertEquals(List.of("PUBLISHED|SED"), strings("SELECT CONCAT(q.status, '|', d.code) FROM question q"
                + " JOIN department d ON d.id = q.department_id WHERE q.body = ?", first));
        assertEquals(List.of("La pregunta quedó rechazada y se avisó a quien la hizo."), messages(rejected));
        assertEquals(List.of("REJECTED|Pregunta repetida en la misma sesión."),
                strings("SELECT CONCAT(status, '|', rejection_reason) FROM question WHERE body = ?", second));
        assertEquals("Mantener: Secretaría de Educación",
                rejected.select("#pq" + questionId(third) + " select[name$=department] option").first().text());
        assertEquals(List.of("Elija la dependencia a la que pasa la pregunta."), messages(unchanged));
        assertEquals(List.of("PENDING"), strings("SELECT status FROM question WHERE body = ?", third));
        assertEquals("Sin apoyos", unchanged.selectFirst("#mq" + questionId(first) + " .muted").text().split(" · ")[1]);

        // A page loaded before the rejection still has the second question's form, and posting it changes nothing.
        String staleForm = "moderate-" + questionId(second);
        Document late = Jsoup.parse(moderator.http().submit(stale, staleForm,
                Map.of(staleForm + ":reason", "Motivo escrito en una página vieja."), staleForm + ":reject").body());
        assertEquals(List.of("Otra persona ya moderó esa pregunta mientras usted tenía la página abierta. Esta es la lista actual."),
                messages(late));
        assertEquals(List.of("REJECTED|Pregunta repetida en la misma sesión."),
                strings("SELECT CONCAT(status, '|', rejection_reason) FROM question WHERE body = ?", second));

        // Rejecting a published question withdraws it, and the subject of the author's e-mail names the withdrawal.
        moderate(moderator, sessionId, questionId(first), "reject", Map.of("reason", "Se publicó por error."));
        MimeMessage withdrawn = null;
        for (int waited = 0; waited < 30 && withdrawn == null; waited++) {
            withdrawn = java.util.Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> recipients(m).contains(email) && subject(m).startsWith("Su pregunta se retiró"))
                    .findFirst().orElse(null);
            Thread.sleep(withdrawn == null ? 1_000 : 0);
        }
        assertEquals("Su pregunta se retiró de la publicación", withdrawn == null ? "no e-mail" : subject(withdrawn));
    }


    @Test
    void doubleSubmitStoresOneQuestion() throws Exception {
        ModeratorClient moderator = new ModeratorClient();
        long sessionId = openSession(moderator, "Prueba: doble envío del formulario", "AFTER");
        FacesClient citizen = Citizens.signedIn("Pedro Ñáñez");
        String text = "¿Cuándo terminan las obras del canal Calicanto en el barrio Chambacú?";
        Document form = Jsoup.parse(citizen.get("account/ask.xhtml?session=" + sessionId).body());

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Document>> both = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Callable<Document> send = () -> submitAsk(citizen, form, "SED", text, true);
            both.add(pool.submit(send));
        }
        // Both posts land on the session page. The thanks waits in the citizen's session for the next page,
        // so one landing page or both show it, once each.
        List<String> landingMessages = new ArrayList<>();
        for (Future<Document> sent : both) {
            assertEquals("Prueba: doble envío del formulario", sent.get().selectFirst("h1").text());
            landingMessages.addAll(messages(sent.get()));
        }
        pool.shutdown();
        String received = "Su pregunta quedó recibida y publicada. Le avisaremos por correo cuando tenga respuesta.";
        assertTrue(landingMessages.equals(List.of(received)) || landingMessages.equals(List.of(received, received)),
                landingMessages.toString());
        Document resent = submitAsk(citizen, form, "SED", text, true);

        assertEquals(List.of("Su pregunta quedó recibida y publicada. Le avisaremos por correo cuando tenga respuesta."), messages(resent),
                resent.select("main").text());
        assertEquals(List.of("1|PUBLISHED"), strings("SELECT CONCAT(COUNT(*), '|', MAX(status)) FROM question WHERE body = ?", text));
    }

    @Test
    void eleventhQuestionWithinAnHourIsRefused() throws Exception {
        ModeratorClient moderator = new ModeratorClient();
        long sessionId = openSession(moderator, "Prueba: límite de preguntas por hora", "BEFORE");
        FacesClient citizen = Citizens.signedIn("Yolanda Pájaro Díaz");
        for (int i = 1; i <= 10; i++) {
            Document sent = ask(citizen, sessionId, "SED", "¿Qué avance tiene la obra número " + i + " del barrio Nelson Mandela?", true);
            assertEquals(List.of("Su pregunta quedó recibida y se publicará cuando el equipo de moderación la revise. Le avisaremos por correo cuando tenga respuesta."), messages(sent));
        }

        Document rejected = ask(citizen, sessionId, "SED", "¿Y la obra número 11 del barrio Nelson Mandela?", true);

        assertEquals(List.of("Ha enviado muchas preguntas en la última hora. Espere un rato antes de enviar otra."),
                messages(rejected));
        assertEquals("¿Y la obra número 11 del barrio Nelson Mandela?", rejected.select("textarea[name=ask:text]").text());
        assertEquals(List.of("10"), strings("SELECT COUNT(*) FROM question WHERE session_id = ?", sessionId));
    }

    @Test
    void lengthLimitsAndConsent() throws Exception {
        ModeratorClient moderator = new ModeratorClient();
        long sessionId = openSession(moderator, "Prueba: límites de longitud", "BEFORE");
        FacesClient citizen = Citizens.signedIn("Luz Estela Ospina");
        String longest = "Á".repeat(2999) + "?";
        String tooLong = "ñ".repeat(3001);

        Document rejected = ask(citizen, sessionId, "SHD", tooLong, true);
        Document accepted = ask(citizen, sessionId, "SHD", longest, true);
        Document page = Jsoup.parse(citizen.get("account/ask.xhtml?session=" + sessionId).body());
        assertEquals(List.of(false, false), List.of(page.selectFirst("input[name=ask:show-author]").hasAttr("checked"),
                page.selectFirst("input[name=ask:consent]").hasAttr("checked")), "neither the name nor the consent is ticked ahead");
        Map<String, String> withoutConsent = new LinkedHashMap<>();
        withoutConsent.put("ask:text", "¿Habrá nuevas rutas de Transcaribe hacia La Boquilla?");
        withoutConsent.put("ask:consent", "");
        Document noConsent = Jsoup.parse(citizen.submit(page, "ask", withoutConsent, "ask:submit").body());
        Map<String, String> unknownDepartment = new LinkedHashMap<>();
        unknownDepartment.put("ask:department", "999999");
        unknownDepartment.put("ask:text", "¿Habrá nuevas rutas de Transcaribe hacia Tierrabomba?");
        unknownDepartment.put("ask:consent", "on");
        Document freshForm = Jsoup.parse(citizen.get("account/ask.xhtml?session=" + sessionId).body());
        Document noDepartment = Jsoup.parse(citizen.submit(freshForm, "ask", unknownDepartment, "ask:submit").body());

        assertEquals(List.of("La pregunta admite como máximo 3.000 caracteres y la suya tiene 3.001. Acórtela y envíela de nuevo."),
                messages(rejected));
        assertEquals(List.of("Su pregunta quedó recibida y se publicará cuando el equipo de moderación la revise. Le avisaremos por correo cuando tenga respuesta."), messages(accepted));
        assertEquals(List.of("3000"), strings("SELECT CHAR_LENGTH(body) FROM question WHERE body = ?", longest));
        assertEquals(List.of("Para enviar la pregunta debe autorizar el tratamiento de sus datos personales."),
                messages(noConsent));
        assertEquals(List.of("Dependencia a la que pregunta: elija una de las opciones de la lista."), messages(noDepartment));
        assertEquals(List.of("1"), strings("SELECT COUNT(*) FROM question WHERE session_id = ?", sessionId));
    }

    @Test
    void questionAfterWindowIsRejectedWithClosingTime() throws Exception {
        ModeratorClient moderator = new ModeratorClient();
        long sessionId = openSession(moderator, "Prueba: ventana de preguntas cerrada", "BEFORE");
        FacesClient citizen = Citizens.signedIn("Rafael Cassiani");
        Document form = Jsoup.parse(citizen.get("account/ask.xhtml?session=" + sessionId).body());
        Document editor = moderator.editor(sessionId);
        moderator.http().submit(editor, "details-form", Map.of("details-form:questions-open", "2026-01-01T08:00",
                "details-form:questions-close", "2026-01-02T08:00"), "details-form:save");

        Document late = submitAsk(citizen, form, "SED", "¿Qué pasará con el Mercado de Bazurto en 2027?", true);

        assertEquals(List.of("La recepción de preguntas de esta sesión cerró el 2 de enero de 2026, 8:00 a. m. y su"
                + " pregunta no se guardó."), messages(late).stream().map(m -> m.replace('\u00a0', ' ')).toList());
        assertEquals(List.of("0"), strings("SELECT COUNT(*) FROM question WHERE session_id = ?", sessionId));
        Document closed = Jsoup.parse(citizen.get("account/ask.xhtml?session=" + sessionId).body());
        assertEquals(0, closed.select("form#ask").size());
        assertEquals("Esta sesión no recibe preguntas en este momento.", closed.select("#window-closed").text());
        assertEquals(0, Jsoup.parse(citizen.get("session.xhtml?id=" + sessionId).body()).select("#ask-link, #ask-window").size());
    }

    @Test
    void rejectionIsMailedAndTextStaysPrivate() throws Exception {
        ModeratorClient moderator = new ModeratorClient();
        long sessionId = openSession(moderator, "Prueba: rechazo con motivo", "BEFORE");
        String email = Citizens.create("Beatriz Caraballo");
        FacesClient citizen = new FacesClient();
        citizen.login(email, Citizens.PASSWORD);
        String text = "Texto ofensivo de prueba que la moderación rechaza por insultos a un funcionario";
        ask(citizen, sessionId, "SED", text, true);
        long id = questionId(text);

        Document rejected = moderate(moderator, sessionId, id, "reject",
                Map.of("reason", "Contiene insultos; reformúlela con respeto."));

        assertEquals(List.of("La pregunta quedó rechazada y se avisó a quien la hizo."), messages(rejected));
        for (int waited = 0; waited < 30 && java.util.Arrays.stream(smtp.getReceivedMessages())
                .noneMatch(m -> recipients(m).contains(email)); waited++) {
            Thread.sleep(1_000);
        }
        MimeMessage mail = java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipients(m).contains(email)).findFirst().orElseThrow();
        assertEquals("Su pregunta no fue publicada", mail.getSubject());
        String body = (String) mail.getContent();
        assertTrue(body.contains("«Prueba: rechazo con motivo»"), body);
        assertTrue(body.contains("Contiene insultos; reformúlela con respeto."), body);
        assertTrue(body.contains("«" + text + "»"), "the e-mail reminds the author which question it is about");
        String publicPage = new FacesClient().get("session.xhtml?id=" + sessionId).body();
        assertTrue(!publicPage.contains("Texto ofensivo"), "the rejected text is not public");
        assertTrue(Jsoup.parse(publicPage).select("#moderation-entries li").text()
                .contains("Pregunta n.º " + id + " rechazada. Motivo: Contiene insultos; reformúlela con respeto."));
        assertEquals(List.of("REJECTED"), strings("SELECT status FROM question WHERE id = ?", id));
        // The author's own list of follows still names the question, marked as rejected.
        Element follow = Jsoup.parse(citizen.get("account/notifications.xhtml").body()).selectFirst("#follow-list li");
        assertEquals("Pregunta " + text + " Rechazada", follow.text());
    }

    @Test
    void mergeCarriesSupportsAndReassignRecordsDate() throws Exception {
        ModeratorClient moderator = new ModeratorClient();
        long sessionId = openSession(moderator, "Prueba: unir y reasignar preguntas", "AFTER");
        FacesClient first = Citizens.signedIn("Carmen Julio");
        FacesClient second = Citizens.signedIn("Óscar Barrios");
        FacesClient third = Citizens.signedIn("Yamile Herrera");
        String kept = "¿Cuándo se pavimenta la calle principal del barrio Nelson Mandela?";
        String duplicate = "¿Para cuándo está la pavimentación de la vía principal de Nelson Mandela?";
        ask(first, sessionId, "SED", kept, true);
        ask(second, sessionId, "SED", duplicate, true);
        long keptId = questionId(kept);
        long duplicateId = questionId(duplicate);
        Document page = Jsoup.parse(third.get("session.xhtml?id=" + sessionId).body());
        Element support = page.selectFirst("input[aria-label=Apoyar esta pregunta: " + duplicateId + "]");
        Document supported = Jsoup.parse(third.submit(page, support.parent().id(), Map.of(), support.attr("name")).body());
        Document again = Jsoup.parse(third.submit(page, support.parent().id(), Map.of(), support.attr("name")).body());

        assertEquals(List.of("Su apoyo quedó registrado."), messages(supported));
        assertEquals(List.of("Usted ya apoyaba esta pregunta."), messages(again));
        assertEquals(List.of("1"), strings("SELECT support_count FROM question WHERE id = ?", duplicateId));

        Document merged = moderate(moderator, sessionId, duplicateId, "merge", Map.of("target", String.valueOf(keptId)));
        Document reassigned = moderate(moderator, sessionId, keptId, "reassign",
                Map.of("department", ModeratorClient.departmentIds("SHD").get(0)));

        assertEquals(List.of("La pregunta quedó unida a la otra; sus apoyos pasaron a ella."), messages(merged));
        assertEquals(List.of("MERGED|" + keptId), strings("SELECT CONCAT(status, '|', merged_into_id) FROM question WHERE id = ?",
                duplicateId));
        assertEquals(List.of("2"), strings("SELECT support_count FROM question WHERE id = ?", keptId),
                "the duplicate's author and its supporter now support the kept question");
        assertEquals(List.of("La pregunta quedó asignada a la nueva dependencia."), messages(reassigned));
        assertEquals(List.of("SHD|1"), strings("SELECT CONCAT(d.code, '|', q.reassigned_at IS NOT NULL) FROM question q"
                + " JOIN department d ON d.id = q.department_id WHERE q.id = ?", keptId));
        Document publicPage = Jsoup.parse(new FacesClient().get("session.xhtml?id=" + sessionId + "&order=support").body());
        assertEquals(List.of(kept), publicPage.select(".question-text").eachText());
        assertTrue(publicPage.select("#moderation-entries li").text().contains("Pregunta n.º " + keptId
                + " reasignada: Secretaría de Educación → Secretaría de Hacienda Distrital."));
    }

    @Test
    void secretaryAnswersLiveAndInWritingWithDeadlines() throws Exception {
        ModeratorClient moderator = new ModeratorClient();
        long sessionId = openSession(moderator, "Prueba: respuestas en vivo y por escrito", "AFTER");
        String authorEmail = Citizens.create("Rosa Elvira Cassiani");
        FacesClient author = new FacesClient();
        author.login(authorEmail, Citizens.PASSWORD);
        String live = "¿Cuántos docentes nuevos llegan a las sedes rurales de la zona insular?";
        String written = "¿Qué presupuesto tiene el Programa de Alimentación Escolar en 2030?";
        String overdue = "¿Cuándo se entregan las tabletas a los colegios de la Ciénaga de la Virgen?";
        ask(author, sessionId, "SED", live, true);
        ask(author, sessionId, "SED", written, true);
        ask(author, sessionId, "SED", overdue, true);
        moderator.stage(sessionId, "start");
        FacesClient education = staff("educacion@gestionabierta.example");
        FacesClient planning = staff("planeacion@gestionabierta.example");

        Document liveAnswer = secretary(education, questionId(live), "answer", "live",
                Map.of("text", "Llegan 42 docentes en enero; la lista está en el informe de gestión."));
        assertEquals(List.of("La respuesta en vivo quedó registrada y publicada."), messages(liveAnswer));
        assertEquals(0, Jsoup.parse(planning.get("secretary/questions.xhtml").body()).select("#sq" + questionId(written)).size(),
                "another department's secretary does not see the question");

        moderator.stage(sessionId, "end-live");
        LocalDate due = BusinessDays.addBusinessDays(LocalDate.parse(SESSION_DAY), 15);
        assertEquals(List.of("-", due.toString(), due.toString()), strings("SELECT COALESCE(answer_due_on, '-') FROM question"
                + " WHERE session_id = ? ORDER BY id", sessionId));

        Document writtenAnswer = secretary(education, questionId(written), "answer", "written",
                Map.of("text", "El PAE tiene 98.000 millones de pesos para 2030."));
        assertEquals(List.of("La respuesta quedó publicada y se avisó a quien preguntó."), messages(writtenAnswer));
        assertEquals(List.of("LIVE|0", "WRITTEN|0"), strings("SELECT CONCAT(r.kind, '|', r.late) FROM response r JOIN question q"
                + " ON q.id = r.question_id WHERE q.session_id = ? ORDER BY q.id", sessionId));

        Document extended = secretary(education, questionId(overdue), "extend", "submit",
                Map.of("new-date", due.plusDays(7).toString(), "reason", "Se espera el inventario de la Secretaría."));
        Document extendedAgain = secretary(education, questionId(overdue), "answer", "written", Map.of("text", ""));
        assertEquals(List.of("El plazo quedó ampliado."), messages(extended));
        assertEquals(List.of("Escriba la respuesta (máximo 10.000 caracteres)."), messages(extendedAgain));
        assertEquals(List.of(due.plusDays(7).toString()), strings("SELECT answer_due_on FROM question WHERE id = ?",
                questionId(overdue)));

        // Stands in for the passing of the extended term, which a test cannot wait for.
        try (var connection = co.gestionabierta.testsupport.TestDatabase.connect();
             var update = connection.prepareStatement("UPDATE question SET answer_due_on = '2026-01-14' WHERE id = ?")) {
            update.setLong(1, questionId(overdue));
            update.executeUpdate();
        }
        Document publicPage = Jsoup.parse(new FacesClient().get("session.xhtml?id=" + sessionId).body());
        assertEquals("Respuesta vencida: el plazo terminó el 14 de enero de 2026.",
                publicPage.selectFirst("#q" + questionId(overdue) + " .answer-status").text());
        Document record = Jsoup.parse(new FacesClient().get("accountability.xhtml").body());
        List<String> education2030 = record.select("#department-records tr:contains(Secretaría de Educación) td").eachText();
        assertTrue(Integer.parseInt(education2030.get(3)) >= 1, "overdue count " + education2030);

        secretary(education, questionId(overdue), "answer", "written", Map.of("text", "Se entregan en febrero."));
        assertEquals(List.of("WRITTEN|1"), strings("SELECT CONCAT(kind, '|', late) FROM response WHERE question_id = ?",
                questionId(overdue)));
        assertEquals("Respondida fuera de plazo", Jsoup.parse(new FacesClient().get("session.xhtml?id=" + sessionId).body())
                .selectFirst("#q" + questionId(overdue) + " .response .tag-warning").text());

        // The outbox sends the e-mails a few seconds after the answers.
        long answerMails = 0;
        for (int waited = 0; waited < 30 && answerMails < 3; waited++) {
            Thread.sleep(1_000);
            answerMails = java.util.Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> recipients(m).contains(authorEmail) && subject(m).equals("Una pregunta que sigue tiene respuesta"))
                    .count();
        }
        assertEquals(3, answerMails);

        Document mine = Jsoup.parse(author.get("account/questions.xhtml").body());
        Element rate = mine.selectFirst("#mq" + questionId(written) + " form");
        Document rated = Jsoup.parse(author.submit(mine, rate.id(), Map.of(), rate.id() + ":good").body());
        assertEquals(List.of("Su valoración quedó registrada."), messages(rated));
        assertEquals(List.of("SATISFACTORY"), strings("SELECT r.rating FROM response r WHERE r.question_id = ?",
                questionId(written)));
        assertEquals(List.of("true", "false"), rated.select("#mq" + questionId(written) + " form input[type=submit]")
                .eachAttr("aria-pressed"), "the chosen rating is announced as pressed");
    }

    @Test
    void searchIgnoresAccentsAndCase() throws Exception {
        ModeratorClient moderator = new ModeratorClient();
        long sessionId = openSession(moderator, "Prueba: búsqueda sin tildes", "AFTER");
        FacesClient citizen = Citizens.signedIn("Jairo Mercado");
        String text = "¿Qué hará la Secretaría de Educación con los colegios inundados junto a la Ciénaga de la Virgen?";
        ask(citizen, sessionId, "SED", text, true);
        FacesClient visitor = new FacesClient();

        Document withoutAccent = Jsoup.parse(visitor.get("search.xhtml?q=educacion+con+los+colegios").body());
        Document upperCase = Jsoup.parse(visitor.get("search.xhtml?q=CIENAGA+DE+LA+VIRGEN").body());
        Document tooShort = Jsoup.parse(visitor.get("search.xhtml?q=ab").body());
        Document none = Jsoup.parse(visitor.get("search.xhtml?q=xyzzy+plugh").body());

        assertEquals(List.of(text), withoutAccent.select("#search-results .question-text").eachText());
        assertEquals(List.of(text), upperCase.select("#search-results .question-text").eachText());
        assertEquals("Escriba al menos 3 letras.", tooShort.selectFirst("#search-too-short").text());
        assertEquals("No encontramos preguntas ni respuestas con esas palabras.", none.selectFirst("#search-none").text());
    }

    @Test
    void citizensCannotModerateAndSecretariesOnlyTheirDepartment() throws Exception {
        ModeratorClient moderator = new ModeratorClient();
        long sessionId = openSession(moderator, "Prueba: permisos sobre preguntas", "AFTER");
        FacesClient citizen = Citizens.signedIn("Mónica Díaz");
        String text = "¿Cuál es el avance de la Secretaría de Educación en matrícula rural?";
        ask(citizen, sessionId, "SED", text, true);
        moderator.stage(sessionId, "start");
        FacesClient planning = staff("planeacion@gestionabierta.example");
        FacesClient education = staff("educacion@gestionabierta.example");
        Document educationPage = Jsoup.parse(education.get("secretary/question.xhtml?id=" + questionId(text)).body());

        assertEquals(403, citizen.get("moderator/questions.xhtml?id=" + sessionId).statusCode());
        assertEquals(0, Jsoup.parse(planning.get("secretary/questions.xhtml").body()).select("#sq" + questionId(text)).size());
        assertEquals(404, planning.get("secretary/question.xhtml?id=" + questionId(text)).statusCode());
        // Planeación replays Educación's answer form against the same address: the question is not found.
        planning.submit(educationPage, "answer", Map.of("answer:text", "Respuesta ajena"), "answer:live",
                "secretary/question.xhtml?id=" + questionId(text));
        assertEquals(List.of("0"), strings("SELECT COUNT(*) FROM response WHERE question_id = ?", questionId(text)));
    }
}

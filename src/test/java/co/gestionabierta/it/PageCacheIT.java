package co.gestionabierta.it;

import co.gestionabierta.testsupport.Citizens;
import co.gestionabierta.testsupport.Deployments;
import co.gestionabierta.testsupport.FacesClient;
import co.gestionabierta.testsupport.ModeratorClient;
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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static co.gestionabierta.testsupport.ModeratorClient.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page cache: a page is rendered once per content version, any change to public data renders it
 * again, and a matching ETag gets 304. Signed-in readers get a stored page with their own header where
 * the page is the same for everyone, and their own rendering where it is not; English readers never
 * get a stored page. A question awaiting moderation leaves the stored pages alone until it is approved.
 * Signing out needs the session's form token.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageCacheIT {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Urls.base() + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cache(HttpResponse<?> response) {
        return response.headers().firstValue("X-Page-Cache").orElse("none");
    }

    @Test
    void anonymousPageRenderedPerVersion() throws Exception {
        long sessionId = new ModeratorClient().createSession("Prueba: caché de páginas públicas", "2022-02-18", "SED");
        new ModeratorClient().addItem(sessionId, "Informe de la vigencia", "SED", 20);
        new ModeratorClient().stage(sessionId, "publish");
        String path = "session.xhtml?id=" + sessionId;

        HttpResponse<String> first = get(path, null);
        HttpResponse<String> second = get(path, null);

        assertEquals(Optional.empty(), first.headers().firstValue("Set-Cookie"), "an anonymous page creates no session");
        assertEquals("HIT", cache(second));
        assertEquals(first.body(), second.body());
        String etag = second.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get(path, etag).statusCode());

        String text = "¿Cuándo se publica el informe de la vigencia en la página? (caché)";
        TestDatabase.insertPublishedQuestion(sessionId, "SED", text);
        HttpResponse<String> changed = get(path, etag);

        assertEquals(200, changed.statusCode());
        assertEquals("MISS", cache(changed));
        assertTrue(Jsoup.parse(changed.body()).select(".question-text").eachText().contains(text));
        assertFalse(etag.equals(changed.headers().firstValue("ETag").orElseThrow()));
    }

    @Test
    void signedInReaderGetsPersonalCopy() throws Exception {
        // The first request after start-up may create a session, so it is not stored. The second request
        // is stored, and the third is served from memory.
        get("commitments.xhtml", null);
        get("commitments.xhtml", null);
        assertEquals("HIT", cache(get("commitments.xhtml", null)));

        FacesClient citizen = Citizens.signedIn("Ana Julio");
        // Creating the citizen changed a public table (user_account), so the page is rendered once more.
        HttpResponse<String> personal = citizen.get("commitments.xhtml");
        HttpResponse<String> again = citizen.get("commitments.xhtml");
        HttpResponse<String> anonymous = get("commitments.xhtml", null);

        assertEquals("MISS-PERSONAL", cache(personal));
        assertEquals("HIT-PERSONAL", cache(again));
        assertEquals("HIT", cache(anonymous));
        assertEquals("private, no-cache", again.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals(Optional.empty(), again.headers().firstValue("ETag"));
        Document mine = Jsoup.parse(again.body());
        Document shared = Jsoup.parse(anonymous.body());
        assertEquals("Ana Julio", mine.select("#my-data-link").text());
        assertEquals("Salir", mine.select("#logout input[type=submit]").val());
        assertEquals(List.of("Inicio", "Sesiones de rendición de cuentas", "Compromisos", "Dependencias", "Informes de gestión",
                "Cumplimiento", "Estadísticas", "Buscar", "Mis preguntas", "Mis avisos"), mine.select(".site-nav a").eachText());
        assertEquals(0, mine.select("#login-link").size());
        assertEquals(shared.select("main").outerHtml(), mine.select("main").outerHtml());
        assertEquals("Ingresar", shared.select("#login-link").text());
        assertFalse(anonymous.body().contains("Ana Julio"), "the shared copy names nobody");
        assertEquals(0, shared.select("#logout").size());

        // A session page is shared too: its support and follow buttons are the citizen's own parts.
        long sessionId = new ModeratorClient().createSessionWithWindow("Prueba: botones propios del ciudadano",
                "2030-03-18", "2026-01-01T08:00", "2030-03-18T12:00", "BEFORE", "SED");
        new ModeratorClient().stage(sessionId, "publish");
        long questionId = TestDatabase.insertPublishedQuestion(sessionId, "SED", "¿Dónde queda el nuevo CAI de Olaya? (caché)");
        String path = "session.xhtml?id=" + sessionId;
        get(path, null);
        Document citizenPage = Jsoup.parse(citizen.get(path).body());
        HttpResponse<String> anonymousPage = get(path, null);
        Document sharedSession = Jsoup.parse(anonymousPage.body());

        assertEquals("HIT", cache(anonymousPage));
        assertEquals(List.of("Apoyar esta pregunta", "Seguir esta pregunta"),
                citizenPage.select("#q" + questionId + " input[type=submit]").eachAttr("value"));
        assertEquals(List.of("Seguir esta sesión"), citizenPage.select("#follow-session input[type=submit]").eachAttr("value"));
        assertEquals("Haga su pregunta", citizenPage.select("#ask-link").text());
        assertEquals(0, sharedSession.select("#q" + questionId + " form, #follow-session, #ask-link").size());
        assertEquals("Ingresar", sharedSession.select("#ask-login").text());

        Document supported = Jsoup.parse(citizen.submit(citizenPage, "support-" + questionId, Map.of(), "support").body());
        assertEquals(List.of("Su apoyo quedó registrado."), messages(supported));
        assertEquals("Usted la apoya", supported.select("#q" + questionId + " .tag").first().text());
        assertEquals("1 apoyo", supported.select("#q" + questionId + " .support-count").text());
        assertEquals(List.of("1"), TestDatabase.strings("SELECT support_count FROM question WHERE id = ?", questionId));
        assertEquals(List.of(), messages(Jsoup.parse(citizen.get(path).body())), "a message is shown once");

        HttpResponse<String> forged = citizen.submit(citizenPage, "follow-" + questionId, Map.of("token", "otro-sitio"), "follow");
        assertEquals(403, forged.statusCode());
        assertEquals(List.of("0"), TestDatabase.strings("SELECT COUNT(*) FROM follow WHERE target_type = 'QUESTION'"
                + " AND target_id = ?", questionId));

        // The live page's web socket needs no HTTP session, so the live page is shared as well.
        get("live.xhtml?id=" + sessionId, null);
        HttpResponse<String> live = get("live.xhtml?id=" + sessionId, null);
        assertEquals("HIT", cache(live));
        assertEquals(Optional.empty(), live.headers().firstValue("Set-Cookie"));
        assertTrue(live.body().contains("'/live-updates/'"), "the page opens the live web socket");
        assertEquals("HIT-PERSONAL", cache(citizen.get("live.xhtml?id=" + sessionId)));

        FacesClient reader = new FacesClient();
        HttpResponse<String> english = reader.open("language?lang=en&from=%2Fcommitments.xhtml");
        assertEquals("none", cache(english));
        assertEquals("en", Jsoup.parse(english.body()).selectFirst("html").attr("lang"));
        assertEquals("Commitments", Jsoup.parse(english.body()).selectFirst("h1").text());
        assertEquals("Sign in", Jsoup.parse(english.body()).select("#login-link").text());
    }

    @Test
    void pendingQuestionKeepsStoredPages() throws Exception {
        ModeratorClient moderator = new ModeratorClient();
        long sessionId = moderator.createSessionWithWindow("Prueba: preguntas en moderación y páginas guardadas",
                "2030-04-22", "2026-01-01T08:00", "2030-04-22T12:00", "BEFORE", "SED");
        moderator.stage(sessionId, "publish");
        FacesClient citizen = Citizens.signedIn("Rosa Elvira Cassiani");
        String path = "session.xhtml?id=" + sessionId;
        get(path, null);
        get("", null);
        String sessionTag = get(path, null).headers().firstValue("ETag").orElseThrow();
        String homeTag = get("", null).headers().firstValue("ETag").orElseThrow();

        String text = "¿Cuándo abre el comedor escolar de Pasacaballos? (en moderación)";
        Document form = Jsoup.parse(citizen.get("account/ask.xhtml?session=" + sessionId).body());
        Document received = Jsoup.parse(citizen.submit(form, "ask", Map.of("ask:text", text, "ask:consent", "on",
                "ask:department", ModeratorClient.departmentIds("SED").get(0)), "ask:submit").body());

        assertEquals(List.of("Su pregunta quedó recibida y se publicará cuando el equipo de moderación la revise."
                + " Le avisaremos por correo cuando tenga respuesta."), messages(received));
        assertEquals(List.of("PENDING"), TestDatabase.strings("SELECT status FROM question WHERE body = ?", text));
        assertEquals(304, get(path, sessionTag).statusCode(), "a question awaiting moderation is on no shared page");
        assertEquals(304, get("", homeTag).statusCode());

        long questionId = Long.parseLong(TestDatabase.strings("SELECT id FROM question WHERE body = ?", text).get(0));
        Document queue = Jsoup.parse(moderator.http().get("moderator/questions.xhtml?id=" + sessionId).body());
        String approveForm = queue.selectFirst("#pq" + questionId + " form").id();
        Document approved = Jsoup.parse(moderator.http().submit(queue, approveForm, Map.of(), approveForm + ":approve").body());
        HttpResponse<String> published = get(path, sessionTag);

        assertEquals(List.of("La pregunta quedó publicada."), messages(approved));
        assertEquals(200, published.statusCode());
        assertEquals("MISS", cache(published));
        assertEquals(text, Jsoup.parse(published.body()).selectFirst("#q" + questionId + " .question-text").text());
    }

    @Test
    void signingOutNeedsTheFormToken() throws Exception {
        FacesClient citizen = Citizens.signedIn("Beatriz Ñáñez");
        Document page = Jsoup.parse(citizen.get("index.xhtml").body());
        assertEquals("Beatriz Ñáñez", page.select("#my-data-link").text());

        HttpResponse<String> forged = citizen.submit(page, "logout", Map.of("token", "otro-sitio"), "logout:submit");
        assertEquals(403, forged.statusCode());
        assertEquals(200, citizen.get("account/my-data.xhtml").statusCode());

        HttpResponse<String> home = citizen.submit(page, "logout", Map.of(), "logout:submit");
        assertEquals(200, home.statusCode());
        assertEquals(URI.create(Urls.base()).getPath(), home.uri().getPath());
        assertEquals("Ingresar", Jsoup.parse(home.body()).select("#login-link").text());
        HttpResponse<String> account = citizen.get("account/my-data.xhtml");
        assertEquals(302, account.statusCode());
        assertTrue(account.headers().firstValue("Location").orElseThrow().contains("/login.xhtml"));
    }
}

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page cache for anonymous visitors: a page is rendered once per content version, any change to
 * public data renders it again, a matching ETag gets 304, and signed-in or English readers never get
 * a stored page.
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
    void signedInReadersBypassCache() throws Exception {
        // The first request after start-up may create a session, so it is not stored. The second request
        // is stored, and the third is served from memory.
        get("commitments.xhtml", null);
        get("commitments.xhtml", null);
        assertEquals("HIT", cache(get("commitments.xhtml", null)));

        FacesClient citizen = Citizens.signedIn("Ana Julio");
        HttpResponse<String> signedIn = citizen.get("commitments.xhtml");
        assertEquals("none", cache(signedIn));
        assertTrue(Jsoup.parse(signedIn.body()).select("#my-data-link").text().equals("Ana Julio"));

        FacesClient reader = new FacesClient();
        HttpResponse<String> english = reader.open("language?lang=en&from=%2Fcommitments.xhtml");
        assertEquals("none", cache(english));
        assertEquals("en", Jsoup.parse(english.body()).selectFirst("html").attr("lang"));
        assertEquals("Commitments", Jsoup.parse(english.body()).selectFirst("h1").text());

        // Creating the citizen changed a public table (user_account), so the page is stored once more.
        get("commitments.xhtml", null);
        HttpResponse<String> anonymous = get("commitments.xhtml", null);
        assertEquals("HIT", cache(anonymous));
        assertEquals("Compromisos", Jsoup.parse(anonymous.body()).selectFirst("h1").text());
    }
}

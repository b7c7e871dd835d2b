package co.gestionabierta.testsupport;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A small HTTP client that submits Faces forms as a browser would. It keeps cookies, Secure ones
 * too because the tests talk plain HTTP to 127.0.0.1. It posts every field of a form with its view
 * state, and follows redirects by hand so tests can assert them.
 */
public final class FacesClient {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final List<String> setCookieHeaders = new java.util.ArrayList<>();

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** GETs the page and follows redirects within the site. */
    public HttpResponse<String> open(String path) throws IOException, InterruptedException {
        return follow(get(path));
    }

    /**
     * Submits a form of the page: every field it holds, with the given values (keyed by field name),
     * and the named button. The target may differ from the form's own action, to replay a post.
     */
    public HttpResponse<String> submit(Document page, String formId, Map<String, String> values, String button,
                                       String target) throws IOException, InterruptedException {
        Element form = page.getElementById(formId);
        if (form == null) {
            throw new IllegalStateException("No form " + formId + " in page " + page.title());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String type = input.attr("type");
            if (type.equals("submit") || ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked"))) {
                continue;
            }
            String value;
            if (input.tagName().equals("select")) {
                value = input.select("option[selected]").attr("value");
            } else if (input.tagName().equals("textarea")) {
                value = input.text();
            } else if (type.equals("checkbox") && !input.hasAttr("value")) {
                // Browsers post "on" for a checked box without a value attribute.
                value = "on";
            } else {
                value = input.attr("value");
            }
            fields.put(input.attr("name"), value);
        }
        fields.putAll(values);
        fields.put(button, "x");
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String action = target != null ? target : form.attr("action");
        return follow(send(HttpRequest.newBuilder(uri(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    public HttpResponse<String> submit(Document page, String formId, Map<String, String> values, String button)
            throws IOException, InterruptedException {
        return submit(page, formId, values, button, null);
    }

    /** Signs in through the login page and returns the page it lands on. */
    public HttpResponse<String> login(String email, String password) throws IOException, InterruptedException {
        Document page = Jsoup.parse(open("login.xhtml").body());
        return submit(page, "login", Map.of("login:email", email, "login:password", password), "login:submit");
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    /** Returns every Set-Cookie header received so far. */
    public List<String> setCookieHeaders() {
        return setCookieHeaders;
    }

    private HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 5 && current.statusCode() / 100 == 3; hops++) {
            String location = current.headers().firstValue("Location").orElseThrow();
            current = get(location);
        }
        return current;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            setCookieHeaders.add(header);
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
        }
        return response;
    }

    private static URI uri(String path) {
        if (path.startsWith("http://")) {
            return URI.create(path);
        }
        String base = Urls.base();
        return URI.create(base + (path.startsWith("/") ? path.substring(1) : path));
    }
}

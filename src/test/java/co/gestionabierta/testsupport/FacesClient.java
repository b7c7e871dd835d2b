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

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
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
        Map<String, List<String>> multi = new LinkedHashMap<>();
        values.forEach((name, value) -> multi.put(name, List.of(value)));
        return submitAll(page, formId, multi, button, target);
    }

    public HttpResponse<String> submit(Document page, String formId, Map<String, String> values, String button)
            throws IOException, InterruptedException {
        return submit(page, formId, values, button, null);
    }

    /** Submits a form where a field may carry several values, as a multiple select or a checkbox group does. */
    public HttpResponse<String> submitAll(Document page, String formId, Map<String, List<String>> values, String button,
                                          String target) throws IOException, InterruptedException {
        Element form = form(page, formId);
        List<Map.Entry<String, String>> fields = fields(form, values, button);
        if (form.attr("enctype").equals("multipart/form-data")) {
            // Browsers send a multipart body for such a form even when no file is chosen.
            return postMultipart(target != null ? target : form.attr("action"), fields, Map.of());
        }
        String body = fields.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String action = target != null ? target : form.attr("action");
        return follow(send(HttpRequest.newBuilder(uri(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    /** A file for a multipart form, as a browser sends it. */
    public record Upload(String fileName, String contentType, byte[] content) {
    }

    /** Submits a multipart form (enctype="multipart/form-data") with files for its file fields. */
    public HttpResponse<String> submitMultipart(Document page, String formId, Map<String, String> values,
                                                Map<String, Upload> files, String button)
            throws IOException, InterruptedException {
        Element form = form(page, formId);
        Map<String, List<String>> multi = new LinkedHashMap<>();
        values.forEach((name, value) -> multi.put(name, List.of(value)));
        List<Map.Entry<String, String>> fields = fields(form, multi, button);
        return postMultipart(form.attr("action"), fields, files);
    }

    private HttpResponse<String> postMultipart(String action, List<Map.Entry<String, String>> fields,
                                               Map<String, Upload> files) throws IOException, InterruptedException {
        String boundary = "----GestionAbiertaTest" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields) {
            if (files.containsKey(field.getKey())) {
                continue;
            }
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, Upload> file : files.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.getKey()
                    + "\"; filename=\"" + file.getValue().fileName() + "\"\r\nContent-Type: "
                    + file.getValue().contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.getValue().content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return follow(send(HttpRequest.newBuilder(uri(action))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))));
    }

    private static Element form(Document page, String formId) {
        Element form = page.getElementById(formId);
        if (form == null) {
            throw new IllegalStateException("No form " + formId + " in page " + page.title());
        }
        return form;
    }

    /** Every field the form would post, with the given values replacing those of the same name. */
    private static List<Map.Entry<String, String>> fields(Element form, Map<String, List<String>> values,
                                                          String button) {
        List<Map.Entry<String, String>> fields = new java.util.ArrayList<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String type = input.attr("type");
            String name = input.attr("name");
            if (values.containsKey(name) || type.equals("submit") || type.equals("file")
                    || ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked"))) {
                continue;
            }
            if (input.tagName().equals("select")) {
                List<Element> selected = input.select("option[selected]");
                if (selected.isEmpty() && !input.hasAttr("multiple") && input.selectFirst("option") != null) {
                    // A single select posts its first option when none is marked selected.
                    selected = List.of(input.selectFirst("option"));
                }
                for (Element option : selected) {
                    fields.add(Map.entry(name, option.attr("value")));
                }
            } else if (input.tagName().equals("textarea")) {
                fields.add(Map.entry(name, input.text()));
            } else if (type.equals("checkbox") && !input.hasAttr("value")) {
                // Browsers post "on" for a checked box without a value attribute.
                fields.add(Map.entry(name, "on"));
            } else {
                fields.add(Map.entry(name, input.attr("value")));
            }
        }
        values.forEach((name, list) -> list.forEach(value -> fields.add(Map.entry(name, value))));
        fields.add(Map.entry(button, "x"));
        return fields;
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

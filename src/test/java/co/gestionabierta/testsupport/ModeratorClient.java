package co.gestionabierta.testsupport;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Drives the moderator's session screens over HTTP, as the demo moderator. */
public final class ModeratorClient {

    public static final String EMAIL = "moderadora@gestionabierta.example";
    private static final Pattern SESSION_ID = Pattern.compile("[?&]id=([0-9]+)");

    private final FacesClient http = new FacesClient();

    public ModeratorClient() throws IOException, InterruptedException {
        Document landed = Jsoup.parse(http.login(EMAIL, System.getenv("GA_DEMO_PASSWORD")).body());
        if (landed.getElementById("login") != null) {
            throw new IllegalStateException("Moderator sign-in failed: " + landed.select(".message-error").eachText());
        }
    }

    public FacesClient http() {
        return http;
    }

    public Document editor(long sessionId) throws IOException, InterruptedException {
        return Jsoup.parse(http.open("moderator/session.xhtml?id=" + sessionId).body());
    }

    /**
     * Creates a draft quarterly session held on the given day at 9:00, accepting questions from the 1st
     * of that month at 8:00 to noon of the session day, with the given presenting department codes.
     */
    public long createSession(String title, String day, String... departmentCodes)
            throws IOException, InterruptedException, SQLException {
        return createSessionWithWindow(title, day, day.substring(0, 8) + "01T08:00", day + "T12:00", "BEFORE",
                departmentCodes);
    }

    /** Creates a draft session with the given question window (local times in Bogotá) and moderation mode. */
    public long createSessionWithWindow(String title, String day, String questionsOpen, String questionsClose,
                                        String moderation, String... departmentCodes) throws IOException, InterruptedException, SQLException {
        Document form = Jsoup.parse(http.open("moderator/session.xhtml").body());
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("details-form:title", List.of(title));
        values.put("details-form:kind", List.of("QUARTERLY"));
        values.put("details-form:year", List.of(day.substring(0, 4)));
        values.put("details-form:quarter", List.of(String.valueOf((Integer.parseInt(day.substring(5, 7)) - 1) / 3 + 1)));
        values.put("details-form:held-on", List.of(day));
        values.put("details-form:starts-at", List.of("09:00"));
        values.put("details-form:place", List.of("Centro de Convenciones Cartagena de Indias"));
        values.put("details-form:questions-open", List.of(questionsOpen));
        values.put("details-form:questions-close", List.of(questionsClose));
        values.put("details-form:moderation", List.of(moderation));
        values.put("details-form:presenters", departmentIds(departmentCodes));
        HttpResponse<String> created = http.submitAll(form, "details-form", values, "details-form:save", null);
        Matcher id = SESSION_ID.matcher(created.uri().toString());
        if (!id.find()) {
            throw new IllegalStateException("Session not created: " + Jsoup.parse(created.body()).select("#messages li").eachText());
        }
        return Long.parseLong(id.group(1));
    }

    public Document addItem(long sessionId, String title, String departmentCode, int minutes)
            throws IOException, InterruptedException, SQLException {
        return addItem(editor(sessionId), title, departmentCode, minutes);
    }

    /** Adds an agenda item from an editor page already open, which may be out of date. */
    public Document addItem(Document editor, String title, String departmentCode, int minutes)
            throws IOException, InterruptedException, SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("item-form:item-title", title);
        values.put("item-form:item-department", departmentCode == null ? "" : departmentIds(departmentCode).get(0));
        values.put("item-form:item-minutes", String.valueOf(minutes));
        return Jsoup.parse(http.submit(editor, "item-form", values, "item-form:save-item").body());
    }

    /** Presses a button of the stage form: publish, start, end-live or close. */
    public Document stage(long sessionId, String button) throws IOException, InterruptedException {
        return Jsoup.parse(http.submit(editor(sessionId), "stage-form", Map.of(), "stage-form:" + button).body());
    }

    /** Presses the row button (up, down, remove) of the agenda item at a position counted from 0. */
    public Document agendaButton(Document editor, int row, String button) throws IOException, InterruptedException {
        return Jsoup.parse(http.submit(editor, "agenda-form", Map.of(),
                "agenda-form:agenda-table:" + row + ":" + button).body());
    }

    /** Presses the console button whose visible text or label is given. */
    public Document console(long sessionId, String label) throws IOException, InterruptedException {
        Document page = Jsoup.parse(http.open("moderator/live.xhtml?id=" + sessionId).body());
        Element button = page.select("#console input[type=submit]").stream()
                .filter(b -> b.attr("value").equals(label) || b.attr("aria-label").equals(label))
                .findFirst().orElseThrow(() -> new IllegalStateException("No console button " + label));
        return Jsoup.parse(http.submit(page, "console", Map.of(), button.attr("name")).body());
    }

    public static List<String> messages(Document page) {
        return page.select("#notices li, #messages li").eachText();
    }

    public static List<String> departmentIds(String... codes) throws SQLException {
        return java.util.Arrays.stream(codes).map(code -> {
            try {
                return TestDatabase.strings("SELECT id FROM department WHERE code = ?", code).get(0);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}

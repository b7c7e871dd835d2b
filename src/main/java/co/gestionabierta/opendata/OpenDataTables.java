package co.gestionabierta.opendata;

import co.gestionabierta.catalog.Department;
import co.gestionabierta.notification.Mailer;
import co.gestionabierta.question.Question;
import co.gestionabierta.question.Response;
import co.gestionabierta.session.AccountabilitySession;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** Builds the open-data tables of the public lists, with column titles from the message bundle. */
final class OpenDataTables {

    private static final List<String> SESSION_KEYS = List.of("id", "title", "type", "year", "quarter", "date",
            "start_time", "place", "status", "questions_open", "questions_close", "departments", "url");
    private static final List<String> QUESTION_KEYS = List.of("id", "session_id", "session", "department",
            "agenda_item", "question", "submitted_at", "supports", "answer_kind", "answered_at", "answered_late",
            "answer_due_on", "answer", "url");

    private OpenDataTables() {
    }

    static Table sessions(List<AccountabilitySession> sessions, ZoneId zone, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
        Table table = new Table(SESSION_KEYS, headers(bundle, "export.session.", SESSION_KEYS));
        for (AccountabilitySession s : sessions) {
            table.add(List.of(String.valueOf(s.getId()), s.getTitle(), bundle.getString("session.kind." + s.getKind()),
                    String.valueOf(s.getYear()), text(s.getQuarter()), s.getHeldOn().toString(),
                    s.getStartsAt() == null ? "" : s.getStartsAt().toString(), text(s.getPlace()),
                    bundle.getString("session.status." + s.getStatus()), instant(s.getQuestionsOpenAt(), zone),
                    instant(s.getQuestionsCloseAt(), zone),
                    s.getPresentingDepartments().stream().map(Department::getName).collect(Collectors.joining(", ")),
                    Mailer.publicUrl() + "/session.xhtml?id=" + s.getId()));
        }
        return table;
    }

    static Table questions(List<Question> questions, ZoneId zone, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
        Table table = new Table(QUESTION_KEYS, headers(bundle, "export.question.", QUESTION_KEYS));
        for (Question q : questions) {
            Response answer = q.getPublishedResponse();
            table.add(List.of(String.valueOf(q.getId()), String.valueOf(q.getSession().getId()), q.getSession().getTitle(),
                    q.getDepartment() == null ? "" : q.getDepartment().getName(),
                    q.getAgendaItem() == null ? "" : q.getAgendaItem().getTitle(), q.getText(),
                    instant(q.getSubmittedAt(), zone), String.valueOf(q.getSupportCount()),
                    answer == null ? "" : bundle.getString("response.kind." + answer.getKind()),
                    answer == null ? "" : instant(answer.getAnsweredAt(), zone),
                    answer == null ? "" : bundle.getString(answer.isLate() ? "export.yes" : "export.no"),
                    q.getAnswerDueOn() == null ? "" : q.getAnswerDueOn().toString(),
                    answer == null ? "" : answer.getText(),
                    Mailer.publicUrl() + "/session.xhtml?id=" + q.getSession().getId() + "#q" + q.getId()));
        }
        return table;
    }

    private static List<String> headers(ResourceBundle bundle, String prefix, List<String> keys) {
        return keys.stream().map(key -> bundle.getString(prefix + key)).toList();
    }

    /** Writes an instant as an ISO 8601 date and time with the entity's offset, such as 2026-12-18T09:00:00-05:00. */
    private static String instant(Instant instant, ZoneId zone) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).withNano(0));
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}

package co.gestionabierta.opendata;

import co.gestionabierta.catalog.Department;
import co.gestionabierta.commitment.Commitment;
import co.gestionabierta.commitment.CommitmentUpdate;
import co.gestionabierta.commitment.EvidenceView;
import co.gestionabierta.notification.Mailer;
import co.gestionabierta.question.Question;
import co.gestionabierta.question.Response;
import co.gestionabierta.session.AccountabilitySession;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** Builds the open-data tables of the public lists, with column titles from the message bundle. */
final class OpenDataTables {

    private static final List<String> SESSION_KEYS = List.of("id", "title", "type", "year", "quarter", "date",
            "start_time", "place", "status", "questions_open", "questions_close", "departments", "url");
    private static final List<String> QUESTION_KEYS = List.of("id", "session_id", "session", "department",
            "agenda_item", "question", "submitted_at", "supports", "answer_kind", "answered_at", "answered_late",
            "answer_due_on", "answer", "url");

    private static final List<String> COMMITMENT_KEYS = List.of("id", "reference", "title", "description", "origin",
            "department", "session_id", "question_id", "starts_on", "due_on", "status", "progress_percent", "overdue",
            "milestones", "result", "created_at", "last_changed_at", "url");
    private static final List<String> UPDATE_KEYS = List.of("id", "commitment_id", "commitment", "kind", "date",
            "department", "status", "progress_percent", "previous_status", "previous_progress", "milestone", "text",
            "evidence", "url");

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

    static Table commitments(List<Commitment> commitments, ZoneId zone, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
        Table table = new Table(COMMITMENT_KEYS, headers(bundle, "export.commitment.", COMMITMENT_KEYS));
        LocalDate today = LocalDate.now(zone);
        for (Commitment c : commitments) {
            table.add(List.of(String.valueOf(c.getId()), text(c.getReference()), c.getTitle(), text(c.getDescription()),
                    bundle.getString("commitment.source." + c.getSource()), c.getResponsibleDepartment().getName(),
                    c.getSession() == null ? "" : String.valueOf(c.getSession().getId()),
                    c.getQuestion() == null ? "" : String.valueOf(c.getQuestion().getId()),
                    text(c.getStartsOn()), c.getDueOn().toString(), bundle.getString("commitment.status." + c.getStatus()),
                    String.valueOf(c.getProgressPercent()), bundle.getString(c.isOverdue(today) ? "export.yes" : "export.no"),
                    c.getMilestones().stream().map(m -> m.getTitle() + (m.getDueOn() == null ? "" : " (" + m.getDueOn() + ")")
                            + (m.isReached() ? " ✓ " + m.getReachedOn() : "")).collect(Collectors.joining(" | ")),
                    text(c.getResult()), instant(c.getCreatedAt(), zone), instant(c.getLastChangedAt(), zone),
                    Mailer.publicUrl() + "/commitment.xhtml?id=" + c.getId()));
        }
        return table;
    }

    static Table commitmentUpdates(List<CommitmentUpdate> updates, Map<Long, List<EvidenceView>> evidence, ZoneId zone,
                                   Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
        Table table = new Table(UPDATE_KEYS, headers(bundle, "export.update.", UPDATE_KEYS));
        for (CommitmentUpdate u : updates) {
            String evidenceText = evidence.getOrDefault(u.getId(), List.of()).stream()
                    .map(e -> e.isFile() ? Mailer.publicUrl() + "/evidence/" + e.id() : e.url())
                    .collect(Collectors.joining(" "));
            table.add(List.of(String.valueOf(u.getId()), String.valueOf(u.getCommitment().getId()),
                    u.getCommitment().getTitle(), bundle.getString("commitment.updateKind." + u.getKind()),
                    instant(u.getCreatedAt(), zone), u.getDepartment().getName(),
                    bundle.getString("commitment.status." + u.getStatus()), String.valueOf(u.getProgressPercent()),
                    u.getPreviousStatus() == null ? "" : bundle.getString("commitment.status." + u.getPreviousStatus()),
                    text(u.getPreviousProgress()), u.getMilestone() == null ? "" : u.getMilestone().getTitle(),
                    u.getText(), evidenceText,
                    Mailer.publicUrl() + "/commitment.xhtml?id=" + u.getCommitment().getId() + "#update-" + u.getId()));
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

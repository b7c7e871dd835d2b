package co.gestionabierta.report;

import co.gestionabierta.evaluation.SurveyResult;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The report of an accountability session (informe de la rendición de cuentas), built from the data: what
 * the page and the PDF show. When the session closes it is stored as JSON and no longer changes.
 *
 * @param entityName  the entity that held the session
 * @param dateUnconfirmed whether the city had not confirmed the day; false in reports stored before it was kept
 * @param status      the session's stage when the report was made
 * @param generatedAt when the report was made: on request before the session closed, at the close after
 * @param frozen      whether this is the stored report of a closed session
 */
public record SessionReport(long sessionId, String entityName, String title, String kind, int year, Integer quarter,
                            LocalDate heldOn, boolean dateUnconfirmed, LocalTime startsAt, String place, String summary, String status,
                            String livestreamUrl, List<String> presenters, List<AgendaLine> agenda,
                            List<DocumentLine> reports, List<DatasetLine> datasets, List<QuestionLine> questions,
                            List<CommitmentLine> commitments, Participation participation,
                            List<SurveyResult> evaluation, Instant generatedAt, boolean frozen) {

    /** The outcome of a published question. */
    public enum Outcome {
        /** Answered during the session. */
        LIVE,
        /** Answered in writing by its due date. */
        ON_TIME,
        /** Answered in writing after its due date. */
        LATE,
        /** Not answered, with the reason recorded. */
        EXPLAINED,
        /** Not answered yet. */
        PENDING
    }

    /** An agenda item with its computed start time. */
    public record AgendaLine(int position, String title, String department, LocalTime startsAt, Integer minutes) {
    }

    /** A management report presented in the session. */
    public record DocumentLine(long id, String title, String department, String period, boolean documentAvailable) {
    }

    /** A dataset presented in the session. */
    public record DatasetLine(String title, String publisher, String url) {
    }

    /** A published question with its public response. No author: a citizen who deletes their account leaves no name behind. */
    public record QuestionLine(long id, String department, String text, Instant submittedAt,
                               int supports, Outcome outcome, String response, Instant answeredAt,
                               LocalDate dueOn, String unansweredReason) {
    }

    /** A commitment made in the session, as it stood when the report was made. */
    public record CommitmentLine(long id, String title, String department, LocalDate dueOn, String status,
                                 int progressPercent) {
    }

    /**
     * Attendance and participation figures.
     *
     * @param questionsReceived  questions sent, whatever their moderation
     * @param questionsPublished questions published
     * @param citizensAsking     citizens who sent at least one question
     * @param supports           supports given to published questions
     * @param followers          accounts that follow the session
     * @param surveyResponses    citizens who answered the evaluation
     */
    public record Participation(long questionsReceived, long questionsPublished, long citizensAsking, long supports,
                                long followers, long surveyResponses, long answeredLive, long answeredOnTime,
                                long answeredLate, long explained, long pending) {
    }

    public SessionReport {
        presenters = List.copyOf(presenters);
        agenda = List.copyOf(agenda);
        reports = List.copyOf(reports);
        datasets = List.copyOf(datasets);
        questions = List.copyOf(questions);
        commitments = List.copyOf(commitments);
        evaluation = List.copyOf(evaluation);
    }

    /** The presenting departments on one line. */
    public String presenterNames() {
        return String.join(", ", presenters);
    }

    /** Returns the same report marked as the stored one of a closed session. */
    SessionReport asFrozen() {
        return new SessionReport(sessionId, entityName, title, kind, year, quarter, heldOn, dateUnconfirmed, startsAt, place, summary,
                status, livestreamUrl, presenters, agenda, reports, datasets, questions, commitments, participation,
                evaluation, generatedAt, true);
    }
}

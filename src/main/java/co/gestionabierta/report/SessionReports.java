package co.gestionabierta.report;

import co.gestionabierta.catalog.CatalogRepository;
import co.gestionabierta.catalog.Dataset;
import co.gestionabierta.catalog.EntitySettings;
import co.gestionabierta.catalog.ManagementReport;
import co.gestionabierta.commitment.CommitmentRepository;
import co.gestionabierta.evaluation.Evaluations;
import co.gestionabierta.notification.Follow;
import co.gestionabierta.question.Question;
import co.gestionabierta.question.QuestionRepository;
import co.gestionabierta.question.Response;
import co.gestionabierta.session.AccountabilitySession;
import co.gestionabierta.session.AgendaItem;
import co.gestionabierta.session.SessionClosed;
import co.gestionabierta.session.SessionRepository;
import co.gestionabierta.session.SessionStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds session reports from the data, and keeps the report of a closed session as it stood at the close.
 * Until the close every request builds it again, so answers published during the answering period show at
 * once. The close stores it in the same transaction; a session closed before reports were stored gets its
 * report stored the first time it is read.
 */
@Stateless
public class SessionReports {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SessionRepository sessions;

    @Inject
    private QuestionRepository questions;

    @Inject
    private CommitmentRepository commitments;

    @EJB
    private CatalogRepository catalog;

    @EJB
    private Evaluations evaluations;

    /** Returns the report of a session that has been held or is being held, or nothing for any other. */
    public Optional<SessionReport> find(long sessionId) {
        Optional<AccountabilitySession> found = sessions.findPublicWithDetails(sessionId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AccountabilitySession session = found.get();
        if (session.getStatus() == SessionStatus.SCHEDULED) {
            // A session not held yet has nothing to report.
            return Optional.empty();
        }
        if (session.getStatus() != SessionStatus.CLOSED) {
            return Optional.of(build(session, Instant.now()));
        }
        Optional<SessionReport> stored = stored(sessionId);
        return Optional.of(stored.orElseGet(() -> freeze(session, Instant.now())));
    }

    /** Stores the report of a session that is closing, in the transaction that closes it. */
    public void onClose(@Observes SessionClosed closed) {
        AccountabilitySession session = sessions.findWithDetails(closed.sessionId()).orElseThrow();
        freeze(session, closed.at());
    }

    private Optional<SessionReport> stored(long sessionId) {
        List<String> content = em.createNativeQuery("SELECT content FROM session_report WHERE session_id = ?1", String.class)
                .setParameter(1, sessionId).getResultList();
        return content.stream().findFirst().map(json -> JSON.fromJson(json, SessionReport.class).asFrozen());
    }

    private SessionReport freeze(AccountabilitySession session, Instant at) {
        SessionReport report = build(session, at).asFrozen();
        // INSERT IGNORE: two first readers of an old closed session store it once; both show the same figures.
        em.createNativeQuery("INSERT IGNORE INTO session_report (session_id, frozen_at, content) VALUES (?1, ?2, ?3)")
                .setParameter(1, session.getId()).setParameter(2, at).setParameter(3, JSON.toJson(report))
                .executeUpdate();
        return report;
    }

    SessionReport build(AccountabilitySession session, Instant at) {
        long sessionId = session.getId();
        List<SessionReport.AgendaLine> agenda = new ArrayList<>();
        List<LocalTime> starts = session.getAgendaStartTimes();
        for (int i = 0; i < session.getAgenda().size(); i++) {
            AgendaItem item = session.getAgenda().get(i);
            agenda.add(new SessionReport.AgendaLine(i + 1, item.getTitle(),
                    item.getDepartment() == null ? null : item.getDepartment().getName(), starts.get(i),
                    item.getDurationMinutes()));
        }
        List<SessionReport.DocumentLine> documents = new ArrayList<>();
        for (ManagementReport document : catalog.findReportsBySession(sessionId)) {
            documents.add(new SessionReport.DocumentLine(document.getId(), document.getTitle(),
                    document.getDepartment().getName(), document.getPeriod(), document.isDocumentAvailable()));
        }
        List<SessionReport.DatasetLine> datasets = new ArrayList<>();
        for (Dataset dataset : session.getDatasets()) {
            datasets.add(new SessionReport.DatasetLine(dataset.getTitle(),
                    dataset.getPublisher() != null ? dataset.getPublisher()
                            : dataset.getDepartment() == null ? dataset.getPortal() : dataset.getDepartment().getName(),
                    dataset.getUrl()));
        }

        List<SessionReport.QuestionLine> lines = new ArrayList<>();
        long[] outcomes = new long[SessionReport.Outcome.values().length];
        long supports = 0;
        for (Question question : questions.findPublishedBySession(sessionId)) {
            Response response = question.getPublishedResponse();
            SessionReport.Outcome outcome = outcome(question, response);
            outcomes[outcome.ordinal()]++;
            supports += question.getSupportCount();
            lines.add(new SessionReport.QuestionLine(question.getId(), question.getDepartment().getName(),
                    question.getText(), question.getSubmittedAt(), question.getSupportCount(), outcome,
                    response == null ? null : response.getText(), response == null ? null : response.getAnsweredAt(),
                    question.getAnswerDueOn(), question.getUnansweredReason()));
        }

        List<SessionReport.CommitmentLine> made = commitments.findBySession(sessionId).stream()
                .map(c -> new SessionReport.CommitmentLine(c.getId(), c.getTitle(), c.getResponsibleDepartment().getName(),
                        c.getDueOn(), c.getStatus().name(), c.getProgressPercent()))
                .toList();

        long received = count("select count(q) from Question q where q.session.id = :session"
                + " and q.status <> co.gestionabierta.question.QuestionStatus.MERGED", sessionId);
        long asking = count("select count(distinct q.author.id) from Question q where q.session.id = :session", sessionId);
        long followers = em.createQuery("select count(f) from Follow f where f.targetType = :type and f.targetId = :session",
                        Long.class).setParameter("type", Follow.Target.SESSION).setParameter("session", sessionId)
                .getSingleResult();
        SessionReport.Participation participation = new SessionReport.Participation(received, lines.size(), asking,
                supports, followers, evaluations.countResponses(sessionId),
                outcomes[SessionReport.Outcome.LIVE.ordinal()], outcomes[SessionReport.Outcome.ON_TIME.ordinal()],
                outcomes[SessionReport.Outcome.LATE.ordinal()], outcomes[SessionReport.Outcome.EXPLAINED.ordinal()],
                outcomes[SessionReport.Outcome.PENDING.ordinal()]);

        String entityName = catalog.findSettings().map(EntitySettings::getName).orElse(null);
        return new SessionReport(sessionId, entityName, session.getTitle(), session.getKind().name(), session.getYear(),
                session.getQuarter(), session.getHeldOn(), !session.isDateConfirmed(), session.getStartsAt(), session.getPlace(), session.getSummary(),
                session.getStatus().name(), session.getLivestreamUrl(),
                session.getPresentingDepartments().stream().map(d -> d.getName()).toList(), agenda, documents, datasets,
                lines, made, participation, evaluations.results(sessionId), at, false);
    }

    static SessionReport.Outcome outcome(Question question, Response response) {
        if (response != null) {
            return response.getKind() == Response.Kind.LIVE ? SessionReport.Outcome.LIVE
                    : response.isLate() ? SessionReport.Outcome.LATE : SessionReport.Outcome.ON_TIME;
        }
        return question.getUnansweredReason() != null ? SessionReport.Outcome.EXPLAINED : SessionReport.Outcome.PENDING;
    }

    private long count(String query, long sessionId) {
        return em.createQuery(query, Long.class).setParameter("session", sessionId).getSingleResult();
    }
}

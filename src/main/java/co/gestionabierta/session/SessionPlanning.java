package co.gestionabierta.session;

import co.gestionabierta.notification.Follow;
import co.gestionabierta.notification.Mailer;
import co.gestionabierta.notification.Notifications;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import co.gestionabierta.account.AccountStatus;
import co.gestionabierta.account.Role;
import co.gestionabierta.account.UserAccount;
import co.gestionabierta.audit.AuditLog;
import co.gestionabierta.audit.Changes;
import co.gestionabierta.catalog.Dataset;
import co.gestionabierta.catalog.Department;
import co.gestionabierta.catalog.CatalogRepository;
import co.gestionabierta.question.Question;
import co.gestionabierta.question.QuestionService;
import co.gestionabierta.question.QuestionStatus;
import co.gestionabierta.question.Response;
import co.gestionabierta.web.AccessDeniedException;
import co.gestionabierta.web.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

/**
 * A moderator's use cases: plan a session and its agenda, move it through its stages and run it live.
 * Every write takes a row lock on the session, so agenda positions stay 1..n and a second editor
 * working on an older agenda gets an {@link AgendaConflictException} instead of overwriting.
 */
@Stateless
public class SessionPlanning {

    public static final int MAX_AGENDA_MINUTES = 480;
    public static final int MAX_REASON_LENGTH = 500;

    private static final Locale MAIL_LOCALE = Locale.forLanguageTag("es-CO");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog audit;

    @EJB
    private CatalogRepository catalog;

    @EJB
    private QuestionService questions;

    @EJB
    private Notifications notifications;

    @Inject
    private Event<LiveStateChanged> liveChanges;

    @Inject
    private Event<SessionClosed> closings;

    private final Clock clock = Clock.systemUTC();

    public long createSession(UserAccount actor, SessionPlan plan, Collection<Long> presenterIds) {
        requireModerator(actor);
        validate(plan, catalog.findZone());

        AccountabilitySession session = new AccountabilitySession(plan.title(), plan.kind(), plan.year(),
                plan.quarter(), plan.heldOn(), plan.place(), SessionStatus.DRAFT);
        session.plan(plan, departments(presenterIds));
        em.persist(session);

        audit.record(actor, "SESSION_CREATED", "AccountabilitySession", session.getId(),
                new Changes().field("title", null, plan.title()));
        return session.getId();
    }

    /** Saves the session form; refused when someone saved the same session after the form was loaded. */
    public void updateSession(UserAccount actor, long sessionId, long seenVersion, SessionPlan plan,
                              Collection<Long> presenterIds) {
        requireModerator(actor);
        AccountabilitySession session = lock(sessionId);
        if (session.getVersion() != seenVersion) {
            throw new SessionRuleException("session.rule.changedMeanwhile");
        }
        if (!session.isEditable()) {
            throw new SessionRuleException("session.rule.notEditable");
        }
        validate(plan, catalog.findZone());
        Changes changes = new Changes()
                .field("title", session.getTitle(), plan.title())
                .field("heldOn", session.getHeldOn(), plan.heldOn())
                .field("startsAt", session.getStartsAt(), plan.startsAt())
                .field("place", session.getPlace(), plan.place())
                .field("questionsCloseAt", session.getQuestionsCloseAt(), plan.questionsCloseAt());

        session.plan(plan, departments(presenterIds));

        audit.record(actor, "SESSION_UPDATED", "AccountabilitySession", sessionId, changes);
    }

    public void linkDatasets(UserAccount actor, long sessionId, Collection<Long> datasetIds) {
        requireModerator(actor);
        AccountabilitySession session = lock(sessionId);

        session.replaceDatasets(datasets(datasetIds));

        audit.record(actor, "SESSION_DATASETS_LINKED", "AccountabilitySession", sessionId,
                new Changes().field("datasets", null, datasetIds.size()));
    }

    public void publishSession(UserAccount actor, long sessionId) {
        requireModerator(actor);
        AccountabilitySession session = lock(sessionId);

        session.publish();

        recordTransition(actor, session, SessionStatus.DRAFT);
        notifications.notifyFollowers(Follow.Target.NEW_SESSIONS, 0, "sessionPublished", session.getTitle(),
                longDate(session), session.getPlace() == null ? "" : session.getPlace(), sessionUrl(session));
    }

    public void startSession(UserAccount actor, long sessionId) {
        requireModerator(actor);
        AccountabilitySession session = lock(sessionId);

        session.goLive(clock.instant());

        recordTransition(actor, session, SessionStatus.SCHEDULED);
        notifications.notifyFollowers(Follow.Target.SESSION, sessionId, "sessionLive", session.getTitle(),
                Mailer.publicUrl() + "/live.xhtml?id=" + sessionId);
        liveChanges.fire(new LiveStateChanged(sessionId));
    }

    public void endLiveSession(UserAccount actor, long sessionId) {
        requireModerator(actor);
        AccountabilitySession session = lock(sessionId);

        session.endLive(clock.instant());
        questions.oweWrittenAnswers(session);

        recordTransition(actor, session, SessionStatus.LIVE);
        liveChanges.fire(new LiveStateChanged(sessionId));
    }

    public void closeSession(UserAccount actor, long sessionId) {
        requireModerator(actor);
        AccountabilitySession session = lock(sessionId);

        session.close(unexplainedQuestions(sessionId).size());
        em.flush();
        closings.fire(new SessionClosed(sessionId, clock.instant()));

        recordTransition(actor, session, SessionStatus.ANSWERING);
        notifications.notifyFollowers(Follow.Target.SESSION, sessionId, "sessionClosed", session.getTitle(),
                sessionUrl(session));
    }

    /** Published questions of the session with neither a published answer nor a recorded reason. */
    public List<Question> unexplainedQuestions(long sessionId) {
        return em.createQuery("select q from Question q join fetch q.department left join q.response r"
                        + " where q.session.id = :session and q.status = :published"
                        + " and (r is null or r.status <> :publishedResponse) and q.unansweredReason is null"
                        + " order by q.submittedAt, q.id", Question.class)
                .setParameter("session", sessionId)
                .setParameter("published", QuestionStatus.PUBLISHED)
                .setParameter("publishedResponse", Response.Status.PUBLISHED)
                .getResultList();
    }

    /** Records why a question of a session in its answering stage keeps no answer. */
    public void explainUnanswered(UserAccount actor, long sessionId, long questionId, String reason) {
        requireModerator(actor);
        AccountabilitySession session = lock(sessionId);
        Question question = em.find(Question.class, questionId);
        if (question == null || !question.getSession().getId().equals(sessionId)) {
            throw new NotFoundException("Question", questionId);
        }
        if (session.getStatus() != SessionStatus.ANSWERING) {
            throw new SessionRuleException("session.rule.wrongStatus.ANSWERING");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON_LENGTH) {
            throw new SessionRuleException("session.rule.reasonRequired", MAX_REASON_LENGTH);
        }

        question.explainUnanswered(reason.strip());

        audit.record(actor, "QUESTION_LEFT_UNANSWERED", "Question", questionId,
                new Changes().field("unansweredReason", null, reason.strip()));
    }

    public long addAgendaItem(UserAccount actor, long sessionId, long seenRevision, AgendaItemPlan plan) {
        requireModerator(actor);
        AccountabilitySession session = lockAgenda(sessionId, seenRevision);
        validate(plan);

        AgendaItem item = session.appendAgendaItem(plan.title(), department(plan.departmentId()), plan.minutes());
        item.replaceDatasets(datasets(plan.datasetIds()));
        em.persist(item);
        em.flush();

        audit.record(actor, "AGENDA_ITEM_ADDED", "AgendaItem", item.getId(),
                new Changes().field("title", null, plan.title()).field("position", null, item.getSortOrder()));
        liveChanges.fire(new LiveStateChanged(sessionId));
        return item.getId();
    }

    public void updateAgendaItem(UserAccount actor, long sessionId, long itemId, long seenRevision,
                                 AgendaItemPlan plan) {
        requireModerator(actor);
        AccountabilitySession session = lockAgenda(sessionId, seenRevision);
        AgendaItem item = itemOf(session, itemId);
        validate(plan);
        Department presenter = department(plan.departmentId());
        Changes changes = new Changes()
                .field("title", item.getTitle(), plan.title())
                .field("department", code(item.getDepartment()), code(presenter))
                .field("minutes", item.getDurationMinutes(), plan.minutes());

        item.describe(plan.title(), presenter, plan.minutes());
        item.replaceDatasets(datasets(plan.datasetIds()));

        audit.record(actor, "AGENDA_ITEM_UPDATED", "AgendaItem", itemId, changes);
        liveChanges.fire(new LiveStateChanged(sessionId));
    }

    public void removeAgendaItem(UserAccount actor, long sessionId, long itemId, long seenRevision) {
        requireModerator(actor);
        AccountabilitySession session = lockAgenda(sessionId, seenRevision);
        AgendaItem item = itemOf(session, itemId);
        boolean linkedToReport = !em.createQuery("select r.id from ManagementReport r where r.agendaItem = :item",
                Long.class).setParameter("item", item).setMaxResults(1).getResultList().isEmpty();
        if (linkedToReport) {
            throw new SessionRuleException("agenda.rule.itemHasReport");
        }

        session.removeAgendaItem(item);
        item.replaceDatasets(List.of());
        em.remove(item);

        audit.record(actor, "AGENDA_ITEM_REMOVED", "AgendaItem", itemId,
                new Changes().field("title", item.getTitle(), null));
        liveChanges.fire(new LiveStateChanged(sessionId));
    }

    /** Moves an item to a position counted from 1. */
    public void moveAgendaItem(UserAccount actor, long sessionId, long itemId, int position, long seenRevision) {
        requireModerator(actor);
        AccountabilitySession session = lockAgenda(sessionId, seenRevision);
        AgendaItem item = itemOf(session, itemId);
        int before = item.getSortOrder();

        session.moveAgendaItem(item, position);

        audit.record(actor, "AGENDA_REORDERED", "AgendaItem", itemId,
                new Changes().field("position", before, item.getSortOrder()));
        liveChanges.fire(new LiveStateChanged(sessionId));
    }

    public void showAgendaItem(UserAccount actor, long sessionId, long itemId) {
        requireModerator(actor);
        AccountabilitySession session = lock(sessionId);
        AgendaItem item = itemOf(session, itemId);

        session.showItem(item, clock.instant());

        audit.record(actor, "LIVE_ITEM_SHOWN", "AccountabilitySession", sessionId,
                new Changes().field("currentItem", null, itemId));
        liveChanges.fire(new LiveStateChanged(sessionId));
    }

    /** Puts a published question of the session on screen, or clears the screen when the id is null. */
    public void showQuestion(UserAccount actor, long sessionId, Long questionId) {
        requireModerator(actor);
        AccountabilitySession session = lock(sessionId);
        Question question = null;
        if (questionId != null) {
            question = em.find(Question.class, questionId);
            if (question == null || !question.getSession().getId().equals(sessionId)
                    || question.getStatus() != QuestionStatus.PUBLISHED) {
                throw new NotFoundException("Question", questionId);
            }
        }

        session.showQuestion(question, clock.instant());

        audit.record(actor, "LIVE_QUESTION_SHOWN", "AccountabilitySession", sessionId,
                new Changes().field("currentQuestion", null, questionId == null ? "-" : questionId));
        liveChanges.fire(new LiveStateChanged(sessionId));
    }

    private void recordTransition(UserAccount actor, AccountabilitySession session, SessionStatus from) {
        audit.record(actor, "SESSION_" + session.getStatus().name(), "AccountabilitySession", session.getId(),
                new Changes().field("status", from, session.getStatus()));
    }

    private AccountabilitySession lock(long sessionId) {
        AccountabilitySession session = em.find(AccountabilitySession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new NotFoundException("AccountabilitySession", sessionId);
        }
        return session;
    }

    private AccountabilitySession lockAgenda(long sessionId, long seenRevision) {
        AccountabilitySession session = lock(sessionId);
        if (!session.isAgendaEditable()) {
            throw new SessionRuleException("agenda.rule.notEditable");
        }
        session.reviseAgenda(seenRevision);
        return session;
    }

    private static AgendaItem itemOf(AccountabilitySession session, long itemId) {
        return session.getAgenda().stream().filter(i -> i.getId() == itemId).findFirst()
                .orElseThrow(() -> new NotFoundException("AgendaItem", itemId));
    }

    private Department department(Long id) {
        if (id == null) {
            return null;
        }
        Department department = em.find(Department.class, id);
        if (department == null) {
            throw new NotFoundException("Department", id);
        }
        return department;
    }

    private List<Department> departments(Collection<Long> ids) {
        return ids.stream().distinct().map(this::department).toList();
    }

    private List<Dataset> datasets(Collection<Long> ids) {
        return ids.stream().distinct().map(id -> {
            Dataset dataset = em.find(Dataset.class, id);
            if (dataset == null) {
                throw new NotFoundException("Dataset", id);
            }
            return dataset;
        }).toList();
    }

    private static String code(Department department) {
        return department == null ? null : department.getCode();
    }

    /** Checks the rules a session form must meet; the form checks the simple ones too. */
    static void validate(SessionPlan plan, ZoneId zone) {
        if (plan.title() == null || plan.title().isBlank() || plan.title().length() > 300) {
            throw new SessionRuleException("session.rule.titleRequired");
        }
        if (plan.kind() == SessionKind.QUARTERLY && plan.quarter() == null) {
            throw new SessionRuleException("session.rule.quarterRequired");
        }
        if (plan.quarter() != null && (plan.quarter() < 1 || plan.quarter() > 4)) {
            throw new SessionRuleException("session.rule.quarterRequired");
        }
        if (plan.year() < 2000 || plan.year() > 2100 || plan.heldOn() == null) {
            throw new SessionRuleException("session.rule.dateRequired");
        }
        if (plan.livestreamUrl() != null && !Livestreams.isAcceptable(plan.livestreamUrl())) {
            throw new SessionRuleException("session.rule.livestreamHttps");
        }
        Instant open = plan.questionsOpenAt();
        Instant close = plan.questionsCloseAt();
        if ((open == null) != (close == null)) {
            throw new SessionRuleException("session.rule.questionWindowRequired");
        }
        if (open != null && !open.isBefore(close)) {
            throw new SessionRuleException("session.rule.questionWindowOrder");
        }
        Instant endOfSessionDay = plan.heldOn().plusDays(1).atStartOfDay(zone).toInstant();
        if (close != null && close.isAfter(endOfSessionDay)) {
            throw new SessionRuleException("session.rule.questionWindowAfterSession");
        }
    }

    static void validate(AgendaItemPlan plan) {
        if (plan.title() == null || plan.title().isBlank() || plan.title().length() > 300) {
            throw new SessionRuleException("agenda.rule.titleRequired");
        }
        if (plan.minutes() == null || plan.minutes() < 1 || plan.minutes() > MAX_AGENDA_MINUTES) {
            throw new SessionRuleException("agenda.rule.minutes", MAX_AGENDA_MINUTES);
        }
    }

    private static void requireModerator(UserAccount actor) {
        if (actor == null || actor.getRole() != Role.MODERATOR || actor.getStatus() != AccountStatus.ACTIVE) {
            throw new AccessDeniedException("Only an active moderator may plan or run sessions");
        }
    }

    private static String longDate(AccountabilitySession session) {
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(MAIL_LOCALE).format(session.getHeldOn());
        return session.getStartsAt() == null ? day
                : day + ", " + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(MAIL_LOCALE)
                .format(session.getStartsAt());
    }

    private static String sessionUrl(AccountabilitySession session) {
        return Mailer.publicUrl() + "/session.xhtml?id=" + session.getId();
    }
}

package co.gestionabierta.question;

import co.gestionabierta.account.AccountStatus;
import co.gestionabierta.account.PersonalDataConsent;
import co.gestionabierta.account.Role;
import co.gestionabierta.account.Throttle;
import co.gestionabierta.account.UserAccount;
import co.gestionabierta.audit.AuditLog;
import co.gestionabierta.audit.Changes;
import co.gestionabierta.calendar.BusinessDays;
import co.gestionabierta.catalog.Department;
import co.gestionabierta.catalog.CatalogRepository;
import co.gestionabierta.notification.Follow;
import co.gestionabierta.notification.Mailer;
import co.gestionabierta.notification.Notifications;
import co.gestionabierta.notification.Notifications.Followed;
import co.gestionabierta.session.AccountabilitySession;
import co.gestionabierta.session.AgendaItem;
import co.gestionabierta.session.LiveStateChanged;
import co.gestionabierta.session.SessionStatus;
import co.gestionabierta.web.AccessDeniedException;
import co.gestionabierta.web.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The use cases of citizen questions: asking and supporting (citizens), moderating (moderators) and
 * answering (the secretary of the addressed department). Every write is audited.
 */
@Stateless
public class QuestionService {

    /** Business days a department has to answer in writing after the session. */
    public static final int ANSWER_TERM_DAYS = 15;

    /** Business days a moderator has to send a question to the competent department. */
    public static final int FORWARD_TERM_DAYS = 5;


    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog audit;

    @EJB
    private Throttle throttle;

    @EJB
    private CatalogRepository catalog;

    @EJB
    private Notifications notifications;

    @Inject
    private Event<LiveStateChanged> liveChanges;

    /**
     * Stores a citizen's question with their consent and returns it. A form sent twice (double click,
     * resent post) returns the question the first one stored.
     */
    public Question askQuestion(UserAccount citizen, QuestionForm form) {
        requireRole(citizen, Role.CITIZEN);
        Instant now = Instant.now();
        // Locking the citizen's row makes two posts of one form wait for each other, so the second finds
        // the question of the first instead of running into the unique key.
        em.find(UserAccount.class, citizen.getId(), LockModeType.PESSIMISTIC_WRITE);
        Question earlier = findBySubmissionKey(citizen, form.submissionKey());
        if (earlier != null) {
            return earlier;
        }
        AccountabilitySession session = em.find(AccountabilitySession.class, form.sessionId(), LockModeType.PESSIMISTIC_READ);
        if (session == null || !session.getStatus().isPublic()) {
            throw new NotFoundException("AccountabilitySession", form.sessionId());
        }
        if (!session.acceptsQuestionsAt(now)) {
            throw new QuestionRuleException(now.isBefore(session.getQuestionsOpenAt() == null ? now : session.getQuestionsOpenAt())
                    ? "question.rule.notOpenYet" : "question.rule.windowClosed",
                    session.getQuestionsOpenAt() == null ? now : session.getQuestionsOpenAt(),
                    session.getQuestionsCloseAt() == null ? now : session.getQuestionsCloseAt());
        }
        validate(form);
        if (throttle.isBlocked(Throttle.Kind.QUESTION_SUBMISSION, String.valueOf(citizen.getId()))) {
            throw new QuestionRuleException("question.rule.throttled");
        }
        Department department = form.departmentId() == null ? null : department(form.departmentId());
        AgendaItem item = form.agendaItemId() == null ? null : session.getAgenda().stream()
                .filter(i -> i.getId().equals(form.agendaItemId())).findFirst()
                .orElseThrow(() -> new NotFoundException("AgendaItem", form.agendaItemId()));

        // Counted in this transaction, before the question row: storing it takes the content version's
        // row lock (a trigger), which is held until the commit, so the work after it stays short.
        throttle.recordWithCaller(Throttle.Kind.QUESTION_SUBMISSION, String.valueOf(citizen.getId()));
        em.persist(new PersonalDataConsent(citizen, PersonalDataConsent.PURPOSE_QUESTION,
                PersonalDataConsent.TEXT_VERSION, now));
        Question question = Question.asked(session, department, item, citizen, form.text(), form.showAuthor(),
                form.submissionKey(), now);
        em.persist(question);
        em.flush();
        notifications.follow(citizen, Follow.Target.QUESTION, question.getId());

        audit.record(citizen, "QUESTION_ASKED", "Question", question.getId(),
                new Changes().field("status", null, question.getStatus()));
        return question;
    }

    /** Finds the question a citizen already sent with this form, if any. */
    public Question findBySubmissionKey(UserAccount citizen, String submissionKey) {
        return em.createQuery("select q from Question q where q.author = :author and q.submissionKey = :key",
                        Question.class)
                .setParameter("author", citizen)
                .setParameter("key", submissionKey)
                .getResultStream().findFirst().orElse(null);
    }

    /** Adds the citizen's support to a published question, once; returns false when they had already. */
    public boolean supportQuestion(UserAccount citizen, long questionId) {
        requireRole(citizen, Role.CITIZEN);
        Question question = em.find(Question.class, questionId, LockModeType.PESSIMISTIC_WRITE);
        if (question == null || question.getStatus() != QuestionStatus.PUBLISHED) {
            throw new NotFoundException("Question", questionId);
        }
        if (question.getAuthor() != null && question.getAuthor().getId().equals(citizen.getId())) {
            throw new QuestionRuleException("question.rule.ownQuestion");
        }
        if (question.getSession().getStatus() == SessionStatus.CLOSED) {
            // The closed session's report is fixed, and its counts would no longer match the page.
            throw new QuestionRuleException("question.rule.supportAfterClosing");
        }

        int inserted = em.createNativeQuery("INSERT IGNORE INTO question_support (question_id, citizen_id, supported_at)"
                        + " VALUES (?1, ?2, ?3)")
                .setParameter(1, questionId)
                .setParameter(2, citizen.getId())
                .setParameter(3, Instant.now())
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        question.countSupport();

        audit.record(citizen, "QUESTION_SUPPORTED", "Question", questionId, null);
        if (question.getSession().getStatus() == SessionStatus.LIVE) {
            liveChanges.fire(new LiveStateChanged(question.getSession().getId()));
        }
        return true;
    }

    /** Makes a citizen follow a published question, once, to be e-mailed about its answer. */
    public void followQuestion(UserAccount citizen, long questionId) {
        requireRole(citizen, Role.CITIZEN);
        Question question = em.find(Question.class, questionId);
        if (question == null || question.getStatus() != QuestionStatus.PUBLISHED) {
            throw new NotFoundException("Question", questionId);
        }

        notifications.follow(citizen, Follow.Target.QUESTION, questionId);

        audit.record(citizen, "QUESTION_FOLLOWED", "Question", questionId, null);
    }

    public void approveQuestion(UserAccount moderator, long questionId, Long departmentId) {
        requireRole(moderator, Role.MODERATOR);
        Question question = lock(questionId);
        Instant now = Instant.now();
        if (departmentId != null && (question.getDepartment() == null
                || !question.getDepartment().getId().equals(departmentId))) {
            question.reassign(department(departmentId), now);
        }

        question.approve(now);
        oweIfAnswering(question);

        logModeration(question, ModerationEvent.Action.APPROVED, null, now);
        audit.record(moderator, "QUESTION_APPROVED", "Question", questionId,
                new Changes().field("status", QuestionStatus.PENDING, QuestionStatus.PUBLISHED));
    }

    /** Rejects a question with a reason, which the public log shows and the author receives by e-mail. */
    public void rejectQuestion(UserAccount moderator, long questionId, String reason) {
        requireRole(moderator, Role.MODERATOR);
        Question question = lock(questionId);
        String cleanReason = requireReason(reason);
        QuestionStatus before = question.getStatus();
        Instant now = Instant.now();

        question.reject(cleanReason, now);

        logModeration(question, ModerationEvent.Action.REJECTED, cleanReason, now);
        audit.record(moderator, "QUESTION_REJECTED", "Question", questionId,
                new Changes().field("status", before, QuestionStatus.REJECTED).field("reason", null, cleanReason));
        // A published question that is rejected leaves the public pages, so its author reads that it was withdrawn.
        notifyAuthor(question, before == QuestionStatus.PUBLISHED ? "questionWithdrawn" : "questionRejected",
                question.getSession().getTitle(), cleanReason, excerpt(question.getText()));
    }

    /** Merges a duplicate into another question; the duplicate's supports move to it, once per citizen. */
    public void mergeQuestion(UserAccount moderator, long duplicateId, long targetId) {
        requireRole(moderator, Role.MODERATOR);
        Question duplicate = lock(duplicateId);
        Question target = lock(targetId);
        Instant now = Instant.now();

        duplicate.mergeInto(target, now);
        int moved = em.createNativeQuery("INSERT IGNORE INTO question_support (question_id, citizen_id, supported_at)"
                        + " SELECT ?1, s.citizen_id, s.supported_at FROM question_support s WHERE s.question_id = ?2"
                        + " AND (?3 IS NULL OR s.citizen_id <> ?3)")
                .setParameter(1, targetId)
                .setParameter(2, duplicateId)
                .setParameter(3, target.getAuthor() == null ? null : target.getAuthor().getId())
                .executeUpdate();
        boolean authorSupports = duplicate.getAuthor() != null && (target.getAuthor() == null
                || !target.getAuthor().getId().equals(duplicate.getAuthor().getId()));
        if (authorSupports) {
            // The duplicate's author asked the same thing, which counts as supporting the kept question.
            moved += em.createNativeQuery("INSERT IGNORE INTO question_support (question_id, citizen_id, supported_at)"
                            + " VALUES (?1, ?2, ?3)")
                    .setParameter(1, targetId)
                    .setParameter(2, duplicate.getAuthor().getId())
                    .setParameter(3, duplicate.getSubmittedAt())
                    .executeUpdate();
        }
        target.addSupports(moved);

        logModeration(duplicate, ModerationEvent.Action.MERGED, String.valueOf(targetId), now);
        audit.record(moderator, "QUESTION_MERGED", "Question", duplicateId,
                new Changes().field("mergedInto", null, targetId).field("supportsMoved", null, moved));
    }

    /** Sends a question to another department, recording the date as the law counts the forwarding term. */
    public void reassignQuestion(UserAccount moderator, long questionId, long departmentId) {
        requireRole(moderator, Role.MODERATOR);
        Question question = lock(questionId);
        Department to = department(departmentId);
        String from = question.getDepartment() == null ? "-" : question.getDepartment().getName();
        Instant now = Instant.now();

        question.reassign(to, now);

        logModeration(question, ModerationEvent.Action.REASSIGNED, from + " → " + to.getName(), now);
        audit.record(moderator, "QUESTION_REASSIGNED", "Question", questionId,
                new Changes().field("department", from, to.getName()));
    }

    /** Records an answer given during the live session, with its written summary, published at once. */
    public void answerLive(UserAccount secretary, long questionId, String summary) {
        Question question = ownQuestion(secretary, questionId);
        if (question.getSession().getStatus() != SessionStatus.LIVE) {
            throw new QuestionRuleException("question.rule.liveOnlyDuringSession");
        }
        String text = requireAnswer(summary);
        Instant now = Instant.now();

        Response response = new Response(question, secretary, text, Response.Kind.LIVE);
        response.publish(now, today(), null);
        em.persist(response);

        audit.record(secretary, "QUESTION_ANSWERED_LIVE", "Question", questionId, null);
        notifications.notifyFollowers(List.of(new Followed(Follow.Target.QUESTION, questionId),
                        new Followed(Follow.Target.SESSION, question.getSession().getId())), "questionAnswered",
                question.getSession().getTitle(), text, questionUrl(question));
    }

    /** Publishes a written answer; it is marked late when given after the due date. */
    public void answerInWriting(UserAccount secretary, long questionId, String answer) {
        Question question = ownQuestion(secretary, questionId);
        SessionStatus stage = question.getSession().getStatus();
        if (stage != SessionStatus.LIVE && stage != SessionStatus.ANSWERING && stage != SessionStatus.CLOSED) {
            throw new QuestionRuleException("question.rule.answerAfterSessionStarts");
        }
        String text = requireAnswer(answer);
        Instant now = Instant.now();

        Response response = new Response(question, secretary, text, Response.Kind.WRITTEN);
        response.publish(now, today(), question.getAnswerDueOn());
        em.persist(response);

        audit.record(secretary, "QUESTION_ANSWERED", "Question", questionId,
                new Changes().field("late", null, response.isLate()));
        notifications.notifyFollowers(List.of(new Followed(Follow.Target.QUESTION, questionId),
                        new Followed(Follow.Target.SESSION, question.getSession().getId())), "questionAnswered",
                question.getSession().getTitle(), text, questionUrl(question));
    }

    /** Extends the answer deadline once, to no later than double the legal term (Ley 1755 de 2015, art. 14). */
    public void extendDeadline(UserAccount secretary, long questionId, LocalDate newDueOn, String reason) {
        Question question = ownQuestion(secretary, questionId);
        String cleanReason = requireReason(reason);
        LocalDate before = question.getAnswerDueOn();
        LocalDate latest = BusinessDays.addBusinessDays(question.getSession().getHeldOn(), 2 * ANSWER_TERM_DAYS);

        question.extendDeadline(newDueOn, cleanReason, today(), latest, Instant.now());

        audit.record(secretary, "QUESTION_DEADLINE_EXTENDED", "Question", questionId,
                new Changes().field("answerDueOn", before, newDueOn).field("reason", null, cleanReason));
    }

    /** Records the author's rating of the published answer to their question. */
    public void rateAnswer(UserAccount citizen, long questionId, Response.Rating rating) {
        Question question = em.find(Question.class, questionId);
        if (question == null || question.getAuthor() == null || !question.getAuthor().getId().equals(citizen.getId())
                || question.getPublishedResponse() == null) {
            throw new NotFoundException("Question", questionId);
        }

        question.getPublishedResponse().rate(rating, Instant.now());

        audit.record(citizen, "ANSWER_RATED", "Question", questionId, new Changes().field("rating", null, rating));
    }

    /** Sets the due date of every published question of a session that has no published answer yet. */
    public void oweWrittenAnswers(AccountabilitySession session) {
        LocalDate dueOn = BusinessDays.addBusinessDays(session.getHeldOn(), ANSWER_TERM_DAYS);
        em.createQuery("update Question q set q.answerDueOn = :due where q.session = :session"
                        + " and q.status = :published and q.answerDueOn is null and not exists"
                        + " (select r from Response r where r.question = q and r.status = :answered)")
                .setParameter("due", dueOn)
                .setParameter("session", session)
                .setParameter("published", QuestionStatus.PUBLISHED)
                .setParameter("answered", Response.Status.PUBLISHED)
                .executeUpdate();
    }

    private void oweIfAnswering(Question question) {
        SessionStatus stage = question.getSession().getStatus();
        if (stage == SessionStatus.ANSWERING || stage == SessionStatus.CLOSED) {
            question.owe(BusinessDays.addBusinessDays(question.getSession().getHeldOn(), ANSWER_TERM_DAYS));
        }
    }

    private void logModeration(Question question, ModerationEvent.Action action, String note, Instant now) {
        em.persist(new ModerationEvent(question.getSession().getId(), question.getId(), action, note, now));
    }

    /** Queues an e-mail to the question's author, sent by the outbox once this transaction commits. */
    private void notifyAuthor(Question question, String mailKey, Object... arguments) {
        UserAccount author = question.getAuthor();
        if (author != null && author.getStatus() == AccountStatus.ACTIVE) {
            notifications.queue(author.getEmail(), mailKey, arguments);
        }
    }

    /** Returns the first 200 characters of a text, to remind its author which question an e-mail is about. */
    private static String excerpt(String text) {
        return text.codePointCount(0, text.length()) <= 200 ? text
                : text.substring(0, text.offsetByCodePoints(0, 200)) + "…";
    }

    private static String questionUrl(Question question) {
        return Mailer.publicUrl() + "/session.xhtml?id=" + question.getSession().getId() + "#q" + question.getId();
    }

    private Question ownQuestion(UserAccount secretary, long questionId) {
        requireRole(secretary, Role.SECRETARY);
        Question question = em.find(Question.class, questionId, LockModeType.PESSIMISTIC_WRITE);
        if (question == null || question.getDepartment() == null
                || !question.getDepartment().getId().equals(secretary.getDepartment().getId())
                || question.getStatus() != QuestionStatus.PUBLISHED) {
            throw new NotFoundException("Question", questionId);
        }
        if (question.getResponse().isPresent()) {
            throw new QuestionRuleException("question.rule.alreadyAnswered");
        }
        return question;
    }

    private Question lock(long questionId) {
        Question question = em.find(Question.class, questionId, LockModeType.PESSIMISTIC_WRITE);
        if (question == null) {
            throw new NotFoundException("Question", questionId);
        }
        return question;
    }

    private Department department(long id) {
        Department department = em.find(Department.class, id);
        if (department == null || !department.isActive()) {
            throw new NotFoundException("Department", id);
        }
        return department;
    }

    private LocalDate today() {
        return LocalDate.now(catalog.findZone());
    }

    private static void validate(QuestionForm form) {
        if (!form.consent()) {
            throw new QuestionRuleException("question.rule.consentRequired");
        }
        String text = form.text() == null ? "" : form.text().strip();
        // Characters as people count them: an emoji is one, not two UTF-16 units.
        int length = text.codePointCount(0, text.length());
        if (length < Question.MIN_LENGTH) {
            throw new QuestionRuleException("question.rule.tooShort", Question.MIN_LENGTH);
        }
        if (length > Question.MAX_LENGTH) {
            throw new QuestionRuleException("question.rule.tooLong", Question.MAX_LENGTH, length);
        }
        if (form.submissionKey() == null || !form.submissionKey().matches("[0-9a-f-]{36}")) {
            throw new QuestionRuleException("question.rule.formExpired");
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > Question.MAX_REASON_LENGTH) {
            throw new QuestionRuleException("question.rule.reasonRequired", Question.MAX_REASON_LENGTH);
        }
        return reason.strip();
    }

    private static String requireAnswer(String answer) {
        if (answer == null || answer.isBlank() || answer.strip().length() > Response.MAX_LENGTH) {
            throw new QuestionRuleException("question.rule.answerRequired", Response.MAX_LENGTH);
        }
        return answer.strip();
    }

    private static void requireRole(UserAccount actor, Role role) {
        if (actor == null || actor.getRole() != role || actor.getStatus() != AccountStatus.ACTIVE
                || (role == Role.SECRETARY && actor.getDepartment() == null)) {
            throw new AccessDeniedException("Only an active " + role + " may do this");
        }
    }

    /** Lists the departments a question may be addressed to. */
    public List<Department> departments() {
        return em.createQuery("select d from Department d where d.active = true order by d.name", Department.class)
                .getResultList();
    }
}

package co.gestionabierta.commitment;

import co.gestionabierta.account.AccountStatus;
import co.gestionabierta.account.Role;
import co.gestionabierta.account.UserAccount;
import co.gestionabierta.audit.AuditLog;
import co.gestionabierta.audit.Changes;
import co.gestionabierta.catalog.CatalogRepository;
import co.gestionabierta.catalog.Department;
import co.gestionabierta.notification.Follow;
import co.gestionabierta.notification.Mailer;
import co.gestionabierta.notification.Notifications;
import co.gestionabierta.notification.Notifications.Followed;
import co.gestionabierta.question.Question;
import co.gestionabierta.question.QuestionStatus;
import co.gestionabierta.question.Response;
import co.gestionabierta.session.AccountabilitySession;
import co.gestionabierta.session.SessionStatus;
import co.gestionabierta.web.AccessDeniedException;
import co.gestionabierta.web.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Creating commitments and posting their progress. A secretary creates commitments of their own
 * department from a session it presented in or from its answer to a question; an administrator creates
 * plan and OGP commitments. Only secretaries of the responsible department post progress, and each
 * update is added to the history, never changed. Followers are notified in the same transaction.
 */
@Stateless
public class CommitmentService {

    public static final int MAX_TITLE = 300;
    public static final int MAX_TEXT = 5000;
    public static final int MIN_UPDATE = 10;
    public static final int MAX_MILESTONES = 10;

    private static final Locale MAIL_LOCALE = Locale.forLanguageTag("es-CO");
    private static final EnumSet<SessionStatus> HELD = EnumSet.of(SessionStatus.LIVE, SessionStatus.ANSWERING,
            SessionStatus.CLOSED);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog audit;

    @EJB
    private Notifications notifications;

    @EJB
    private CatalogRepository catalog;

    /** Creates a commitment with its milestones and the first entry of its history; returns its id. */
    public long createCommitment(UserAccount actor, CommitmentForm form) {
        if (actor == null || actor.getStatus() != AccountStatus.ACTIVE
                || (actor.getRole() != Role.SECRETARY && actor.getRole() != Role.ADMINISTRATOR)
                || (actor.getRole() == Role.SECRETARY && actor.getDepartment() == null)) {
            throw new AccessDeniedException("Only an active secretary or administrator creates commitments");
        }
        // The actor's row is locked, so two posts of one form run one after the other and the second
        // finds the commitment the first created.
        em.find(UserAccount.class, actor.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (form.submissionKey() != null) {
            List<Long> existing = em.createQuery("select c.id from Commitment c where c.submissionKey = :key", Long.class)
                    .setParameter("key", form.submissionKey())
                    .getResultList();
            if (!existing.isEmpty()) {
                return existing.get(0);
            }
        }
        String title = requireText(form.title(), 1, MAX_TITLE, "commitment.rule.titleRequired");
        String description = optionalText(form.description(), MAX_TEXT, "commitment.rule.descriptionTooLong");
        validateDates(form);
        Instant now = Instant.now();

        Commitment commitment;
        Question origin = null;
        if (actor.getRole() == Role.SECRETARY) {
            if (form.source() == CommitmentSource.RESPONSE) {
                origin = answeredQuestion(actor, form.questionId());
                commitment = new Commitment(null, title, actor.getDepartment(), CommitmentSource.RESPONSE,
                        form.startsOn(), form.dueOn(), now);
                commitment.answerTo(origin, origin.getPublishedResponse());
            } else if (form.source() == CommitmentSource.SESSION) {
                AccountabilitySession session = heldSession(actor, form.sessionId());
                commitment = new Commitment(null, title, actor.getDepartment(), CommitmentSource.SESSION,
                        form.startsOn(), form.dueOn(), now);
                commitment.madeIn(session);
            } else {
                throw new AccessDeniedException("A secretary creates session and response commitments only");
            }
        } else {
            if (form.source() != CommitmentSource.PLAN && form.source() != CommitmentSource.OGP) {
                throw new CommitmentRuleException("commitment.rule.adminSource");
            }
            Department department = form.departmentId() == null ? null : em.find(Department.class, form.departmentId());
            if (department == null || !department.isActive()) {
                throw new CommitmentRuleException("commitment.rule.departmentRequired");
            }
            String reference = optionalText(form.reference(), 40, "commitment.rule.referenceTooLong");
            if (reference != null && !em.createQuery("select c.id from Commitment c where c.reference = :reference",
                    Long.class).setParameter("reference", reference).getResultList().isEmpty()) {
                throw new CommitmentRuleException("commitment.rule.referenceTaken", reference);
            }
            commitment = new Commitment(reference, title, department, form.source(), form.startsOn(), form.dueOn(), now);
            if (form.sessionId() != null) {
                commitment.madeIn(publicSession(form.sessionId()));
            }
        }
        commitment.describe(description);
        commitment.submittedWith(form.submissionKey());
        if (form.milestones().size() > MAX_MILESTONES) {
            throw new CommitmentRuleException("commitment.rule.tooManyMilestones", MAX_MILESTONES);
        }
        for (CommitmentForm.MilestonePlan plan : form.milestones()) {
            String milestoneTitle = requireText(plan.title(), 1, MAX_TITLE, "commitment.rule.milestoneTitle");
            if (plan.dueOn() != null && plan.dueOn().isAfter(form.dueOn())) {
                throw new CommitmentRuleException("commitment.rule.milestoneAfterDue", milestoneTitle);
            }
            if (plan.dueOn() != null && form.startsOn() != null && plan.dueOn().isBefore(form.startsOn())) {
                throw new CommitmentRuleException("commitment.rule.milestoneBeforeStart", milestoneTitle);
            }
            commitment.addMilestone(milestoneTitle, plan.dueOn());
        }
        em.persist(commitment);
        em.persist(commitment.created(description == null ? title : description, actor));
        em.flush();

        audit.record(actor, "COMMITMENT_CREATED", "Commitment", commitment.getId(),
                new Changes().field("title", null, title).field("source", null, commitment.getSource())
                        .field("dueOn", null, form.dueOn()));
        if (origin != null && origin.getAuthor() != null && origin.getAuthor().getStatus() == AccountStatus.ACTIVE) {
            notifications.follow(origin.getAuthor(), Follow.Target.COMMITMENT, commitment.getId());
        }
        List<Followed> audience = new ArrayList<>();
        audience.add(new Followed(Follow.Target.COMMITMENT, commitment.getId()));
        if (origin != null) {
            audience.add(new Followed(Follow.Target.QUESTION, origin.getId()));
        }
        if (commitment.getSession() != null) {
            audience.add(new Followed(Follow.Target.SESSION, commitment.getSession().getId()));
        }
        notifications.notifyFollowers(audience, "commitmentCreated", title,
                commitment.getResponsibleDepartment().getName(), longDate(form.dueOn()), url(commitment));
        return commitment.getId();
    }

    /**
     * Posts a progress update with its evidence. The secretary saw the commitment at seenVersion. When
     * another update was posted since, nothing is stored and the rule exception tells them to read it.
     */
    public long postUpdate(UserAccount secretary, long commitmentId, long seenVersion, ProgressForm form) {
        if (secretary == null || secretary.getRole() != Role.SECRETARY || secretary.getDepartment() == null
                || secretary.getStatus() != AccountStatus.ACTIVE) {
            throw new AccessDeniedException("Only an active secretary posts progress");
        }
        Commitment commitment = em.find(Commitment.class, commitmentId, LockModeType.PESSIMISTIC_WRITE);
        if (commitment == null
                || !commitment.getResponsibleDepartment().getId().equals(secretary.getDepartment().getId())) {
            throw new NotFoundException("Commitment", commitmentId);
        }
        if (commitment.getVersion() != seenVersion) {
            throw new CommitmentRuleException("commitment.rule.changedMeanwhile");
        }
        if (form.status() == null) {
            throw new CommitmentRuleException("commitment.rule.statusRequired");
        }
        String text = requireText(form.text(), MIN_UPDATE, MAX_TEXT, "commitment.rule.updateLength");
        List<String> links = new ArrayList<>();
        for (String link : form.links()) {
            if (link != null && !link.isBlank()) {
                links.add(EvidenceFiles.checkLink(link));
            }
        }
        if (links.size() > EvidenceFiles.MAX_LINKS) {
            throw new CommitmentRuleException("commitment.rule.tooManyLinks", EvidenceFiles.MAX_LINKS);
        }
        if (form.files().size() > EvidenceFiles.MAX_FILES) {
            throw new CommitmentRuleException("commitment.rule.tooManyFiles", EvidenceFiles.MAX_FILES);
        }
        List<EvidenceFiles.Checked> files = form.files().stream()
                .map(file -> EvidenceFiles.check(file.submittedName(), file.content())).toList();
        Instant now = Instant.now();
        CommitmentStatus before = commitment.getStatus();
        int progressBefore = commitment.getProgressPercent();

        CommitmentUpdate update = commitment.report(form.status(), form.progressPercent(), text, form.milestoneId(),
                secretary, now, LocalDate.now(catalog.findZone()));
        em.persist(update);
        links.forEach(link -> em.persist(Evidence.link(update, link)));
        files.forEach(file -> em.persist(Evidence.file(update, file)));
        em.flush();

        audit.record(secretary, "COMMITMENT_PROGRESS", "Commitment", commitmentId,
                new Changes().field("status", before, form.status()).field("progress", progressBefore,
                        form.progressPercent()).field("evidence", 0, links.size() + files.size()));
        ResourceBundle bundle = ResourceBundle.getBundle("messages", MAIL_LOCALE);
        List<Followed> audience = new ArrayList<>(List.of(new Followed(Follow.Target.COMMITMENT, commitmentId)));
        if (update.isStatusChanged()) {
            notifications.notifyFollowers(audience, "commitmentStatusChanged", commitment.getTitle(),
                    bundle.getString("commitment.status." + before), bundle.getString("commitment.status." + form.status()),
                    form.progressPercent(), text, links.size() + files.size(), url(commitment));
        } else {
            notifications.notifyFollowers(audience, "commitmentProgress", commitment.getTitle(),
                    bundle.getString("commitment.status." + form.status()), form.progressPercent(), text,
                    links.size() + files.size(), url(commitment));
        }
        return update.getId();
    }

    /** Makes a citizen follow a commitment, once. */
    public void follow(UserAccount citizen, long commitmentId) {
        requireCitizen(citizen);
        if (em.find(Commitment.class, commitmentId) == null) {
            throw new NotFoundException("Commitment", commitmentId);
        }
        notifications.follow(citizen, Follow.Target.COMMITMENT, commitmentId);
    }

    public void unfollow(UserAccount citizen, long commitmentId) {
        requireCitizen(citizen);
        notifications.unfollow(citizen, Follow.Target.COMMITMENT, commitmentId);
    }

    /** Commitments of the secretary's department, latest change first. */
    public List<Commitment> findOwn(UserAccount secretary) {
        if (secretary == null || secretary.getDepartment() == null) {
            throw new AccessDeniedException("Only a secretary has own commitments");
        }
        return em.createQuery("select c from Commitment c join fetch c.responsibleDepartment"
                        + " where c.responsibleDepartment.id = :department order by c.lastChangedAt desc, c.id desc",
                        Commitment.class)
                .setParameter("department", secretary.getDepartment().getId())
                .getResultList();
    }

    /** Finds a commitment of the secretary's department with its milestones. Another department's is not found. */
    public Commitment findOwn(UserAccount secretary, long commitmentId) {
        Commitment commitment = em.find(Commitment.class, commitmentId);
        if (secretary == null || secretary.getDepartment() == null || commitment == null
                || !commitment.getResponsibleDepartment().getId().equals(secretary.getDepartment().getId())) {
            throw new NotFoundException("Commitment", commitmentId);
        }
        commitment.getMilestones().size();
        return commitment;
    }

    /** Sessions a secretary may create commitments in: held sessions their department presented in. */
    public List<AccountabilitySession> findHeldSessions(UserAccount secretary) {
        return em.createQuery("select distinct s from AccountabilitySession s join s.presentingDepartments d"
                        + " where d.id = :department and s.status in :held order by s.heldOn desc",
                        AccountabilitySession.class)
                .setParameter("department", secretary.getDepartment().getId())
                .setParameter("held", HELD)
                .getResultList();
    }

    /** Published questions of the secretary's department that have a published answer, newest first. */
    public List<Question> findAnsweredQuestions(UserAccount secretary) {
        return em.createQuery("select q from Question q join fetch q.session join q.response r"
                        + " where q.department.id = :department and q.status = :published and r.status = :answered"
                        + " order by r.answeredAt desc", Question.class)
                .setParameter("department", secretary.getDepartment().getId())
                .setParameter("published", QuestionStatus.PUBLISHED)
                .setParameter("answered", Response.Status.PUBLISHED)
                .getResultList();
    }

    private Question answeredQuestion(UserAccount secretary, Long questionId) {
        Question question = questionId == null ? null : em.find(Question.class, questionId);
        if (question == null || question.getStatus() != QuestionStatus.PUBLISHED || question.getDepartment() == null
                || !question.getDepartment().getId().equals(secretary.getDepartment().getId())) {
            throw new NotFoundException("Question", questionId);
        }
        if (question.getPublishedResponse() == null) {
            throw new CommitmentRuleException("commitment.rule.questionUnanswered");
        }
        return question;
    }

    private AccountabilitySession heldSession(UserAccount secretary, Long sessionId) {
        AccountabilitySession session = sessionId == null ? null : em.find(AccountabilitySession.class, sessionId);
        if (session == null || session.getStatus() == SessionStatus.DRAFT || session.getPresentingDepartments().stream()
                .noneMatch(d -> d.getId().equals(secretary.getDepartment().getId()))) {
            throw new NotFoundException("AccountabilitySession", sessionId);
        }
        if (!HELD.contains(session.getStatus())) {
            throw new CommitmentRuleException("commitment.rule.sessionNotHeld");
        }
        return session;
    }

    private AccountabilitySession publicSession(long sessionId) {
        AccountabilitySession session = em.find(AccountabilitySession.class, sessionId);
        if (session == null || session.getStatus() == SessionStatus.DRAFT) {
            throw new NotFoundException("AccountabilitySession", sessionId);
        }
        return session;
    }

    private static void validateDates(CommitmentForm form) {
        if (form.dueOn() == null) {
            throw new CommitmentRuleException("commitment.rule.dueRequired");
        }
        if (form.startsOn() != null && form.startsOn().isAfter(form.dueOn())) {
            throw new CommitmentRuleException("commitment.rule.startAfterDue");
        }
    }

    private static void requireCitizen(UserAccount citizen) {
        if (citizen == null || citizen.getRole() != Role.CITIZEN || citizen.getStatus() != AccountStatus.ACTIVE) {
            throw new AccessDeniedException("Only an active citizen follows commitments");
        }
    }

    /** Strips the text and checks its length in characters as people count them, so an emoji is one. */
    static String requireText(String text, int min, int max, String ruleKey) {
        String stripped = text == null ? "" : text.strip();
        int length = stripped.codePointCount(0, stripped.length());
        if (length < min || length > max) {
            throw new CommitmentRuleException(ruleKey, min, max, length);
        }
        return stripped;
    }

    private static String optionalText(String text, int max, String ruleKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return requireText(text, 1, max, ruleKey);
    }

    private static String longDate(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(MAIL_LOCALE).format(date);
    }

    static String url(Commitment commitment) {
        return Mailer.publicUrl() + "/commitment.xhtml?id=" + commitment.getId();
    }
}

package co.gestionabierta.question;

import co.gestionabierta.account.UserAccount;
import co.gestionabierta.catalog.Department;
import co.gestionabierta.session.AccountabilitySession;
import co.gestionabierta.session.AgendaItem;
import co.gestionabierta.session.ModerationMode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A pregunta ciudadana for a session, addressed to one department (or to none yet, when the citizen
 * did not know which). Its moderation, supports and the deadline of its written answer live here.
 */
@Entity
@Table(name = "question")
public class Question {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 3000;
    public static final int MAX_REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    private AccountabilitySession session;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agenda_item_id")
    private AgendaItem agendaItem;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private UserAccount author;

    /** False when the author asked to be shown publicly as "Ciudadano/a". */
    @Column(name = "show_author", nullable = false)
    private boolean showAuthor = true;

    /** At most MAX_LENGTH characters, checked by the service; emoji take two UTF-16 units each here. */
    @NotBlank
    @Size(max = 2 * MAX_LENGTH)
    @Column(name = "body", nullable = false, columnDefinition = "text")
    private String text;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private QuestionStatus status;

    /** Constructed for the demo, not asked by a real person; the screens mark it. */
    @Column(nullable = false)
    private boolean example;

    @NotNull
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    /** The key of the form that sent the question, so a resent form does not create a second one. */
    @Column(name = "submission_key", length = 64)
    private String submissionKey;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    @Size(max = MAX_REASON_LENGTH)
    @Column(name = "rejection_reason", length = MAX_REASON_LENGTH)
    private String rejectionReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Question mergedInto;

    @Column(name = "support_count", nullable = false)
    private int supportCount;

    @Column(name = "reassigned_at")
    private Instant reassignedAt;

    /** The last day of the written answer, in the entity's calendar; null while no answer is owed. */
    @Column(name = "answer_due_on")
    private LocalDate answerDueOn;

    @Size(max = MAX_REASON_LENGTH)
    @Column(name = "extension_reason", length = MAX_REASON_LENGTH)
    private String extensionReason;

    @Column(name = "extended_at")
    private Instant extendedAt;

    /** Reason the question keeps no answer, recorded before its session closed. */
    @Size(max = 500)
    @Column(name = "unanswered_reason", length = 500)
    private String unansweredReason;

    @OneToOne(mappedBy = "question", fetch = FetchType.LAZY)
    private Response response;

    @Version
    private long version;

    protected Question() {
    }

    public Question(AccountabilitySession session, Department department, UserAccount author, String text,
                    QuestionStatus status, boolean example, Instant submittedAt) {
        this.session = session;
        this.department = department;
        this.author = author;
        this.text = text;
        this.status = status;
        this.example = example;
        this.submittedAt = submittedAt;
    }

    /** Creates a citizen's question, pending or published at once as the session's moderation mode sets. */
    public static Question asked(AccountabilitySession session, Department department, AgendaItem agendaItem,
                                 UserAccount author, String text, boolean showAuthor, String submissionKey,
                                 Instant now) {
        QuestionStatus status = session.getModeration() == ModerationMode.AFTER && department != null
                ? QuestionStatus.PUBLISHED : QuestionStatus.PENDING;
        Question question = new Question(session, department, author, text, status, false, now);
        question.agendaItem = agendaItem;
        question.showAuthor = showAuthor;
        question.submissionKey = submissionKey;
        return question;
    }

    /** Publishes a pending question; it needs a department to answer it. */
    public void approve(Instant now) {
        requireStatus(QuestionStatus.PENDING);
        if (department == null) {
            throw new QuestionRuleException("question.rule.departmentRequired");
        }
        status = QuestionStatus.PUBLISHED;
        moderatedAt = now;
    }

    /** Rejects a pending or published question; its text is never shown again. */
    public void reject(String reason, Instant now) {
        if (status != QuestionStatus.PENDING && status != QuestionStatus.PUBLISHED) {
            throw new QuestionRuleException("question.rule.notModeratable");
        }
        if (response != null && response.isPublished()) {
            throw new QuestionRuleException("question.rule.alreadyAnswered");
        }
        status = QuestionStatus.REJECTED;
        rejectionReason = reason;
        moderatedAt = now;
    }

    /** Folds this duplicate into another question of the same session. */
    public void mergeInto(Question target, Instant now) {
        if (status != QuestionStatus.PENDING && status != QuestionStatus.PUBLISHED) {
            throw new QuestionRuleException("question.rule.notModeratable");
        }
        if (target == this || !target.session.getId().equals(session.getId())
                || target.status != QuestionStatus.PUBLISHED) {
            throw new QuestionRuleException("question.rule.mergeTarget");
        }
        if (response != null && response.isPublished()) {
            throw new QuestionRuleException("question.rule.alreadyAnswered");
        }
        status = QuestionStatus.MERGED;
        mergedInto = target;
        moderatedAt = now;
    }

    /** Sends the question to another department, which owes the answer from then on. */
    public void reassign(Department to, Instant now) {
        if (status != QuestionStatus.PENDING && status != QuestionStatus.PUBLISHED) {
            throw new QuestionRuleException("question.rule.notModeratable");
        }
        if (response != null) {
            throw new QuestionRuleException("question.rule.alreadyAnswered");
        }
        if (department != null && department.getId().equals(to.getId())) {
            throw new QuestionRuleException("question.rule.sameDepartment");
        }
        department = to;
        reassignedAt = now;
    }

    /** Sets the day by which the written answer is owed, unless one is already set. */
    public void owe(LocalDate dueOn) {
        if (answerDueOn == null) {
            answerDueOn = dueOn;
        }
    }

    /**
     * Extends the answer deadline once, before it expires, to a later day no further than the limit.
     *
     * @param latest the furthest day the law allows, the double of the initial term
     */
    public void extendDeadline(LocalDate newDueOn, String reason, LocalDate today, LocalDate latest, Instant now) {
        if (answerDueOn == null || response != null && response.isPublished()) {
            throw new QuestionRuleException("question.rule.nothingToExtend");
        }
        if (extendedAt != null) {
            throw new QuestionRuleException("question.rule.extendedAlready");
        }
        if (today.isAfter(answerDueOn)) {
            throw new QuestionRuleException("question.rule.deadlinePassed");
        }
        if (!newDueOn.isAfter(answerDueOn) || newDueOn.isAfter(latest)) {
            throw new QuestionRuleException("question.rule.extensionRange", latest);
        }
        answerDueOn = newDueOn;
        extensionReason = reason;
        extendedAt = now;
    }

    public void countSupport() {
        supportCount++;
    }

    public void addSupports(int count) {
        supportCount += count;
    }

    /** Returns whether the written answer is overdue on the given day: owed, not published, and past its date. */
    public boolean isOverdueOn(LocalDate today) {
        return answerDueOn != null && today.isAfter(answerDueOn) && (response == null || !response.isPublished())
                && status == QuestionStatus.PUBLISHED && unansweredReason == null;
    }

    private void requireStatus(QuestionStatus expected) {
        if (status != expected) {
            throw new QuestionRuleException("question.rule.notModeratable");
        }
    }

    public Long getId() {
        return id;
    }

    public AccountabilitySession getSession() {
        return session;
    }

    public Department getDepartment() {
        return department;
    }

    public AgendaItem getAgendaItem() {
        return agendaItem;
    }

    public UserAccount getAuthor() {
        return author;
    }

    public boolean isShowAuthor() {
        return showAuthor;
    }

    public String getText() {
        return text;
    }

    public QuestionStatus getStatus() {
        return status;
    }

    public boolean isExample() {
        return example;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getModeratedAt() {
        return moderatedAt;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public Question getMergedInto() {
        return mergedInto;
    }

    public int getSupportCount() {
        return supportCount;
    }

    public Instant getReassignedAt() {
        return reassignedAt;
    }

    public LocalDate getAnswerDueOn() {
        return answerDueOn;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public boolean isExtended() {
        return extendedAt != null;
    }

    public Optional<Response> getResponse() {
        return Optional.ofNullable(response);
    }

    /** Returns the published response, the only one the public may read, or null. */
    public Response getPublishedResponse() {
        return response != null && response.isPublished() ? response : null;
    }

    public String getUnansweredReason() {
        return unansweredReason;
    }

    /** Records why the question keeps no answer, so that its session can close. */
    public void explainUnanswered(String reason) {
        this.unansweredReason = reason;
    }
}

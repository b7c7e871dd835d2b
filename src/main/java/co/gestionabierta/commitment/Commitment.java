package co.gestionabierta.commitment;

import co.gestionabierta.account.UserAccount;
import co.gestionabierta.catalog.Department;
import co.gestionabierta.question.Question;
import co.gestionabierta.question.Response;
import co.gestionabierta.session.AccountabilitySession;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A compromiso: a promise with a responsible department, a due date, a status and progress. Every change
 * is recorded as a {@link CommitmentUpdate}, and the commitment keeps the state the latest one set.
 */
@Entity
@Table(name = "commitment")
public class Commitment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** An external reference such as the OGP commitment id; null for the product's own. */
    @Size(max = 40)
    @Column(length = 40, unique = true)
    private String reference;

    @NotBlank
    @Size(max = 500)
    @Column(nullable = false, length = 500)
    private String title;

    @Column(columnDefinition = "text")
    private String description;

    @Column(columnDefinition = "text")
    private String result;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "responsible_department_id", nullable = false)
    private Department responsibleDepartment;

    @ManyToMany
    @JoinTable(name = "commitment_department",
            joinColumns = @JoinColumn(name = "commitment_id"),
            inverseJoinColumns = @JoinColumn(name = "department_id"))
    private Set<Department> sharedWith = new LinkedHashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id")
    private AccountabilitySession session;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "response_id")
    private Response response;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id")
    private Question question;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private CommitmentSource source;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @NotNull
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private CommitmentStatus status;

    @Min(0)
    @Max(100)
    @Column(name = "progress_percent", nullable = false, columnDefinition = "tinyint")
    private int progressPercent;

    @OneToMany(mappedBy = "commitment", cascade = jakarta.persistence.CascadeType.PERSIST)
    @OrderBy("position")
    private List<Milestone> milestones = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the latest update was recorded: the order of the public feed. */
    @Column(name = "last_changed_at", nullable = false)
    private Instant lastChangedAt;

    /** Key of the form that created it, so a resent form finds it instead of creating another. */
    @Column(name = "submission_key", length = 64, unique = true)
    private String submissionKey;

    @Version
    private long version;

    protected Commitment() {
    }

    public Commitment(String reference, String title, Department responsibleDepartment, CommitmentSource source,
                      LocalDate startsOn, LocalDate dueOn, Instant createdAt) {
        this.reference = reference;
        this.title = title;
        this.responsibleDepartment = responsibleDepartment;
        this.source = source;
        this.startsOn = startsOn;
        this.dueOn = dueOn;
        this.status = CommitmentStatus.NOT_STARTED;
        this.createdAt = createdAt;
        this.lastChangedAt = createdAt;
    }

    public void submittedWith(String key) {
        this.submissionKey = key;
    }

    /** Sets the description at creation; later changes are reported through progress updates. */
    public void describe(String text) {
        this.description = text;
    }

    /** Records the question and its official response that the commitment comes from. */
    public void answerTo(Question origin, Response response) {
        this.question = origin;
        this.response = response;
        this.session = origin.getSession();
    }

    public Milestone addMilestone(String milestoneTitle, LocalDate milestoneDueOn) {
        Milestone milestone = new Milestone(this, milestones.size() + 1, milestoneTitle, milestoneDueOn);
        milestones.add(milestone);
        return milestone;
    }

    /** Returns the first entry of the history: the creation, with the state it starts in. */
    public CommitmentUpdate created(String text, UserAccount author) {
        return new CommitmentUpdate(this, CommitmentUpdate.Kind.CREATED, text, null, null, null, author, createdAt);
    }

    /**
     * Applies a progress update and returns it for the history. A finished commitment takes no more
     * updates. Progress is 0 to 100, "completed" requires 100 % and 100 % requires "completed". A
     * commitment not started has no progress.
     */
    public CommitmentUpdate report(CommitmentStatus newStatus, int newProgress, String text, Long milestoneId,
                                   UserAccount author, Instant now, LocalDate today) {
        if (status.isFinal()) {
            throw new CommitmentRuleException("commitment.rule.finished");
        }
        if (newProgress < 0 || newProgress > 100) {
            throw new CommitmentRuleException("commitment.rule.progressRange");
        }
        if (newStatus == CommitmentStatus.COMPLETED && newProgress != 100) {
            throw new CommitmentRuleException("commitment.rule.completedNeedsFull");
        }
        if (newProgress == 100 && newStatus != CommitmentStatus.COMPLETED) {
            throw new CommitmentRuleException("commitment.rule.fullNeedsCompleted");
        }
        if (newStatus == CommitmentStatus.NOT_STARTED && newProgress > 0) {
            throw new CommitmentRuleException("commitment.rule.notStartedWithProgress");
        }
        Milestone milestone = null;
        if (milestoneId != null) {
            milestone = milestones.stream().filter(m -> milestoneId.equals(m.getId())).findFirst()
                    .orElseThrow(() -> new CommitmentRuleException("commitment.rule.milestoneUnknown"));
            milestone.reach(today);
        }
        CommitmentStatus before = status;
        int progressBefore = progressPercent;
        status = newStatus;
        progressPercent = newProgress;
        if (newStatus == CommitmentStatus.COMPLETED) {
            result = text;
        }
        lastChangedAt = now;
        return new CommitmentUpdate(this, CommitmentUpdate.Kind.PROGRESS, text, before, progressBefore, milestone,
                author, now);
    }

    /** Returns whether the due date has passed without the commitment being completed or cancelled. */
    public boolean isOverdue(LocalDate today) {
        return !status.isFinal() && dueOn.isBefore(today);
    }

    public void shareWith(Department department) {
        if (!department.equals(responsibleDepartment)) {
            sharedWith.add(department);
        }
    }

    public void madeIn(AccountabilitySession madeInSession) {
        this.session = madeInSession;
    }

    /** Records a commitment known to be completed, with its verified result, when it is loaded. */
    public void complete(String verifiedResult) {
        this.status = CommitmentStatus.COMPLETED;
        this.progressPercent = 100;
        this.result = verifiedResult;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Question getQuestion() {
        return question;
    }

    public List<Milestone> getMilestones() {
        return milestones;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastChangedAt() {
        return lastChangedAt;
    }

    public long getVersion() {
        return version;
    }

    public String getResult() {
        return result;
    }

    public Department getResponsibleDepartment() {
        return responsibleDepartment;
    }

    public List<Department> getSharedWith() {
        return sharedWith.stream().sorted(Comparator.comparing(Department::getName)).toList();
    }

    public AccountabilitySession getSession() {
        return session;
    }

    public Response getResponse() {
        return response;
    }

    public CommitmentSource getSource() {
        return source;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public CommitmentStatus getStatus() {
        return status;
    }

    public int getProgressPercent() {
        return progressPercent;
    }
}

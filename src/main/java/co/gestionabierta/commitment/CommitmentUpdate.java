package co.gestionabierta.commitment;

import co.gestionabierta.account.UserAccount;
import co.gestionabierta.catalog.Department;
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
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/**
 * One change of a commitment: its creation or a progress update with its text, the status and progress
 * it set, and the milestone it reached. Rows are never changed: the database rejects updates and deletes.
 */
@Entity
@Immutable
@Table(name = "commitment_update")
public class CommitmentUpdate {

    /** Kind of change. */
    public enum Kind { CREATED, PROGRESS }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id", nullable = false)
    private Commitment commitment;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "body", nullable = false, columnDefinition = "text")
    private String text;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private CommitmentStatus status;

    @Column(name = "progress_percent", nullable = false, columnDefinition = "tinyint")
    private int progressPercent;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "previous_status", length = 20)
    private CommitmentStatus previousStatus;

    @Column(name = "previous_progress", columnDefinition = "tinyint")
    private Integer previousProgress;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "milestone_id")
    private Milestone milestone;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    /** The official who wrote it; never published, since the department speaks for it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private UserAccount author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CommitmentUpdate() {
    }

    CommitmentUpdate(Commitment commitment, Kind kind, String text, CommitmentStatus previousStatus,
                     Integer previousProgress, Milestone milestone, UserAccount author, Instant createdAt) {
        this.commitment = commitment;
        this.kind = kind;
        this.text = text;
        this.status = commitment.getStatus();
        this.progressPercent = commitment.getProgressPercent();
        this.previousStatus = previousStatus;
        this.previousProgress = previousProgress;
        this.milestone = milestone;
        this.department = commitment.getResponsibleDepartment();
        this.author = author;
        this.createdAt = createdAt;
    }

    public boolean isStatusChanged() {
        return previousStatus != null && previousStatus != status;
    }

    public Long getId() {
        return id;
    }

    public Commitment getCommitment() {
        return commitment;
    }

    public Kind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public CommitmentStatus getStatus() {
        return status;
    }

    public int getProgressPercent() {
        return progressPercent;
    }

    public CommitmentStatus getPreviousStatus() {
        return previousStatus;
    }

    public Integer getPreviousProgress() {
        return previousProgress;
    }

    public Milestone getMilestone() {
        return milestone;
    }

    public Department getDepartment() {
        return department;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

package co.gestionabierta.question;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/**
 * One line of a session's public moderation log. The note states what was decided and why, never the
 * text of a rejected question.
 */
@Entity
@Table(name = "moderation_event")
public class ModerationEvent {

    /** The moderation decisions the log shows. */
    public enum Action { APPROVED, REJECTED, MERGED, REASSIGNED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Action action;

    @Column(name = "public_note", length = 600)
    private String publicNote;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected ModerationEvent() {
    }

    public ModerationEvent(long sessionId, long questionId, Action action, String publicNote, Instant occurredAt) {
        this.sessionId = sessionId;
        this.questionId = questionId;
        this.action = action;
        this.publicNote = publicNote;
        this.occurredAt = occurredAt;
    }

    public Long getId() {
        return id;
    }

    public long getQuestionId() {
        return questionId;
    }

    public Action getAction() {
        return action;
    }

    public String getPublicNote() {
        return publicNote;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}

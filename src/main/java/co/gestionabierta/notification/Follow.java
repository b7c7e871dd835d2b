package co.gestionabierta.notification;

import co.gestionabierta.account.UserAccount;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** A seguimiento: a citizen follows a session, a question or a commitment and is e-mailed about it. */
@Entity
@Table(name = "follow")
public class Follow {

    /** Kind of object a citizen can follow; NEW_SESSIONS, with target id 0, is the list of sessions itself. */
    public enum Target { SESSION, QUESTION, COMMITMENT, NEW_SESSIONS }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private UserAccount account;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "target_type", nullable = false, length = 20)
    private Target targetType;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    /** Random token of the unsubscribe link. Anyone with the link may stop these e-mails, so it needs no sign-in. */
    @Column(name = "unsubscribe_token", nullable = false, length = 43, columnDefinition = "char(43)")
    private String unsubscribeToken;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Follow() {
    }

    public Follow(UserAccount account, Target targetType, long targetId, String unsubscribeToken, Instant createdAt) {
        this.account = account;
        this.targetType = targetType;
        this.targetId = targetId;
        this.unsubscribeToken = unsubscribeToken;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public Target getTargetType() {
        return targetType;
    }

    public long getTargetId() {
        return targetId;
    }

    public String getUnsubscribeToken() {
        return unsubscribeToken;
    }
}

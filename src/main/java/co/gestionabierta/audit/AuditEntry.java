package co.gestionabierta.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** One write by a staff member: who, when, which object and what changed. Never updated or deleted. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_role", length = 20)
    private String actorRole;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(name = "object_type", nullable = false, length = 60)
    private String objectType;

    @Column(name = "object_id", length = 60)
    private String objectId;

    /** The changed fields, as "field: old → new" lines. */
    @Column(columnDefinition = "text")
    private String changes;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, Long actorId, String actorRole, String action, String objectType, String objectId,
               String changes) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorRole = actorRole;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.changes = changes;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorRole() {
        return actorRole;
    }

    public String getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public String getChanges() {
        return changes;
    }
}

package co.gestionabierta.audit;

import co.gestionabierta.account.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.List;

/** Appends audit entries in the caller's transaction, and searches them for administrators. */
@Stateless
public class AuditLog {

    /** Most entries one search returns. */
    public static final int MAX_RESULTS = 500;

    @PersistenceContext
    private EntityManager em;

    public void record(UserAccount actor, String action, String objectType, Object objectId, Changes changes) {
        em.persist(new AuditEntry(Instant.now(), actor == null ? null : actor.getId(),
                actor == null ? null : actor.getRole().name(), action, objectType,
                objectId == null ? null : String.valueOf(objectId),
                changes == null || changes.isEmpty() ? null : changes.toString()));
    }

    /** Entries newest first, filtered by any of actor, action and time range (null means any). */
    public List<AuditEntry> search(Long actorId, String action, Instant from, Instant to) {
        StringBuilder jpql = new StringBuilder("select a from AuditEntry a where 1 = 1");
        if (actorId != null) {
            jpql.append(" and a.actorId = :actor");
        }
        if (action != null) {
            jpql.append(" and a.action = :action");
        }
        if (from != null) {
            jpql.append(" and a.occurredAt >= :from");
        }
        if (to != null) {
            jpql.append(" and a.occurredAt < :to");
        }
        jpql.append(" order by a.occurredAt desc, a.id desc");

        TypedQuery<AuditEntry> query = em.createQuery(jpql.toString(), AuditEntry.class).setMaxResults(MAX_RESULTS);
        if (actorId != null) {
            query.setParameter("actor", actorId);
        }
        if (action != null) {
            query.setParameter("action", action);
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return query.getResultList();
    }

    public List<String> actions() {
        return em.createQuery("select distinct a.action from AuditEntry a order by a.action", String.class)
                .getResultList();
    }
}

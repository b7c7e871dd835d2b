package co.gestionabierta.notification;

import co.gestionabierta.bootstrap.Settings;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The outbox's own transactions: each claim and each result is committed on its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore {

    /** Time after which a notification left SENDING by a stopped server is tried again. */
    static final Duration STALE_CLAIM = Duration.ofMinutes(10);

    /** Wait before the first retry (GA_OUTBOX_RETRY_SECONDS, 30 by default); it doubles after each failure. */
    static final Duration FIRST_RETRY = Duration.ofSeconds(
            Settings.get("GA_OUTBOX_RETRY_SECONDS").map(Long::parseLong).orElse(30L));

    @PersistenceContext
    private EntityManager em;

    /**
     * Claims up to max notifications that are due, skipping rows another node is claiming, and returns
     * them detached with their claim committed.
     */
    public List<Notification> claimDue(int max) {
        Instant now = Instant.now();
        List<Notification> due = em.createNativeQuery("SELECT * FROM notification WHERE status = 'PENDING'"
                        + " AND next_attempt_at <= ?1 ORDER BY next_attempt_at, id LIMIT ?2 FOR UPDATE SKIP LOCKED",
                        Notification.class)
                .setParameter(1, now)
                .setParameter(2, max)
                .getResultList();
        due.forEach(notification -> notification.claim(now));
        return due;
    }

    public void markSent(long id) {
        em.find(Notification.class, id).sent(Instant.now());
    }

    public void markFailed(long id, String error, boolean permanent) {
        em.find(Notification.class, id).failed(error, permanent, Instant.now(), FIRST_RETRY);
    }

    /** Puts back notifications whose sender stopped before recording the result; returns how many. */
    public int releaseStaleClaims() {
        return em.createQuery("update Notification n set n.status = :pending where n.status = :sending"
                        + " and n.claimedAt < :stale")
                .setParameter("pending", Notification.Status.PENDING)
                .setParameter("sending", Notification.Status.SENDING)
                .setParameter("stale", Instant.now().minus(STALE_CLAIM))
                .executeUpdate();
    }
}

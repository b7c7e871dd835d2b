package co.gestionabierta.notification;

import co.gestionabierta.bootstrap.Settings;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /**
     * Queues the daily digests when the schedule row marks them due: one e-mail per recipient with
     * every notification held for them, which are marked DIGESTED in the same transaction. Only the node
     * that locks the schedule row does it, so another node skips. Returns the number of digests queued.
     */
    public int composeDigestsIfDue(ZoneId zone, LocalTime at, Locale locale) {
        Instant now = Instant.now();
        List<?> due = em.createNativeQuery("SELECT id FROM digest_schedule WHERE id = 1 AND next_run_at <= ?1"
                        + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, now)
                .getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        Map<String, List<Notification>> byRecipient = new LinkedHashMap<>();
        em.createQuery("select n from Notification n where n.status = :held order by n.recipientEmail, n.id",
                        Notification.class)
                .setParameter("held", Notification.Status.HELD)
                .getResultList()
                .forEach(n -> byRecipient.computeIfAbsent(n.getRecipientEmail(), k -> new ArrayList<>()).add(n));
        for (Map.Entry<String, List<Notification>> entry : byRecipient.entrySet()) {
            StringBuilder items = new StringBuilder();
            for (Notification held : entry.getValue()) {
                Mailer.Rendered item = Mailer.render(held.getTemplate(), locale, held.getUnsubscribeUrl(),
                        held.getFollowKind(), held.argumentValues());
                items.append("■ ").append(item.subject()).append("\n\n")
                        .append(Mailer.withoutGreeting(item.body(), locale)).append("\n\n");
                held.digested();
            }
            em.persist(new Notification(entry.getKey(), "digest", Notification.json(
                    String.valueOf(entry.getValue().size()), items.toString().strip(),
                    Mailer.publicUrl() + "/account/notifications.xhtml"), null, now));
        }
        em.createNativeQuery("UPDATE digest_schedule SET next_run_at = ?1 WHERE id = 1")
                .setParameter(1, nextRun(now, zone, at))
                .executeUpdate();
        return byRecipient.size();
    }

    /** Returns the first occurrence of the time of day at, in the zone, strictly after now. */
    static Instant nextRun(Instant now, ZoneId zone, LocalTime at) {
        ZonedDateTime today = now.atZone(zone).toLocalDate().atTime(at).atZone(zone);
        return (today.toInstant().isAfter(now) ? today : today.plusDays(1)).toInstant();
    }
}

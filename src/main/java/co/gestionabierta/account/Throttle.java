package co.gestionabierta.account;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Counts recent attempts of sensitive requests in the database, so that every node of a cluster
 * reads the same counts. Subjects (an e-mail or an address) are stored only as SHA-256 digests.
 */
@Stateless
public class Throttle {

    /** A throttled kind of request with its allowance: at most maxAttempts within window. */
    public enum Kind {
        LOGIN_FAILURE_ACCOUNT(5, Duration.ofMinutes(15)),
        LOGIN_FAILURE_ADDRESS(20, Duration.ofMinutes(15)),
        REGISTRATION_ADDRESS(5, Duration.ofHours(1)),
        PASSWORD_RESET_ACCOUNT(3, Duration.ofHours(1)),
        PASSWORD_RESET_ADDRESS(10, Duration.ofHours(1)),
        QUESTION_SUBMISSION(10, Duration.ofHours(1));

        final int maxAttempts;
        final Duration window;

        Kind(int maxAttempts, Duration window) {
            this.maxAttempts = maxAttempts;
            this.window = window;
        }
    }

    @PersistenceContext
    private EntityManager em;

    public boolean isBlocked(Kind kind, String subject) {
        Number recent = (Number) em.createNativeQuery("SELECT COUNT(*) FROM throttle_event"
                        + " WHERE kind = ?1 AND subject_hash = ?2 AND occurred_at > ?3")
                .setParameter(1, kind.name())
                .setParameter(2, digest(subject))
                .setParameter(3, Instant.now().minus(kind.window))
                .getSingleResult();
        return recent.intValue() >= kind.maxAttempts;
    }

    /** Records one attempt in its own transaction, so it counts even when the caller's work rolls back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(Kind kind, String subject) {
        insert(kind, subject);
    }

    /**
     * Records one attempt in the caller's transaction, so it counts only if the caller's work is stored.
     * Unlike {@link #record}, it uses the caller's database connection, so a caller holding row locks
     * does not wait for a second pooled connection while others wait for its locks.
     */
    public void recordWithCaller(Kind kind, String subject) {
        insert(kind, subject);
    }

    private void insert(Kind kind, String subject) {
        em.createNativeQuery("INSERT INTO throttle_event (kind, subject_hash, occurred_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, kind.name())
                .setParameter(2, digest(subject))
                .setParameter(3, Instant.now())
                .executeUpdate();
    }

    /** Forgets the attempts of one subject, after a successful login. */
    public void clear(Kind kind, String subject) {
        em.createNativeQuery("DELETE FROM throttle_event WHERE kind = ?1 AND subject_hash = ?2")
                .setParameter(1, kind.name())
                .setParameter(2, digest(subject))
                .executeUpdate();
    }

    private static String digest(String subject) {
        return Tokens.sha256(subject == null ? "" : subject.strip().toLowerCase(Locale.ROOT));
    }
}

package co.gestionabierta.notification;

import co.gestionabierta.account.AccountStatus;
import co.gestionabierta.account.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Records follows and queues e-mails in the caller's transaction, so an e-mail exists exactly when the
 * change that causes it is committed. The {@link OutboxWorker} sends them.
 */
@Stateless
public class Notifications {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    /** Makes the account follow the target, once; returns the follow, old or new. */
    public Follow follow(UserAccount account, Follow.Target target, long targetId) {
        Optional<Follow> existing = em.createQuery("select f from Follow f where f.account = :account"
                        + " and f.targetType = :type and f.targetId = :target", Follow.class)
                .setParameter("account", account)
                .setParameter("type", target)
                .setParameter("target", targetId)
                .getResultStream().findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        Follow follow = new Follow(account, target, targetId, newToken(), Instant.now());
        em.persist(follow);
        return follow;
    }

    public boolean isFollowing(UserAccount account, Follow.Target target, long targetId) {
        return !em.createQuery("select f.id from Follow f where f.account = :account and f.targetType = :type"
                        + " and f.targetId = :target", Long.class)
                .setParameter("account", account)
                .setParameter("type", target)
                .setParameter("target", targetId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public Optional<Follow> findByToken(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return em.createQuery("select f from Follow f join fetch f.account where f.unsubscribeToken = :token",
                        Follow.class)
                .setParameter("token", token)
                .getResultStream().findFirst();
    }

    /** Ends a follow through its unsubscribe token; returns false when the token is unknown or already used. */
    public boolean unfollow(String token) {
        Optional<Follow> follow = findByToken(token);
        follow.ifPresent(em::remove);
        return follow.isPresent();
    }

    /** Queues one e-mail to each active follower of the target, each with their own unsubscribe link. */
    public int notifyFollowers(Follow.Target target, long targetId, String template, Object... arguments) {
        List<Follow> follows = em.createQuery("select f from Follow f join fetch f.account"
                        + " where f.targetType = :type and f.targetId = :target and f.account.status = :active", Follow.class)
                .setParameter("type", target)
                .setParameter("target", targetId)
                .setParameter("active", AccountStatus.ACTIVE)
                .getResultList();
        Instant now = Instant.now();
        for (Follow follow : follows) {
            em.persist(new Notification(follow.getAccount().getEmail(), template, json(arguments),
                    unsubscribeUrl(follow), now));
        }
        return follows.size();
    }

    /** Queues one e-mail to an address, without an unsubscribe link: for messages about the person's own acts. */
    public void queue(String email, String template, Object... arguments) {
        em.persist(new Notification(email, template, json(arguments), null, Instant.now()));
    }

    static String unsubscribeUrl(Follow follow) {
        return Mailer.publicUrl() + "/unsubscribe.xhtml?token="
                + URLEncoder.encode(follow.getUnsubscribeToken(), StandardCharsets.UTF_8);
    }

    private static String json(Object... arguments) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Object argument : arguments) {
            array.add(argument == null ? "" : String.valueOf(argument));
        }
        return array.build().toString();
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

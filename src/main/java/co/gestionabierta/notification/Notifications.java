package co.gestionabierta.notification;

import co.gestionabierta.account.AccountStatus;
import co.gestionabierta.account.NotificationFrequency;
import co.gestionabierta.account.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Something that can be followed: a kind and an id (0 for the list of new sessions). */
    public record Followed(Follow.Target target, long id) {
    }

    /** Queues one e-mail to each active follower of the target, each with their own unsubscribe link. */
    public int notifyFollowers(Follow.Target target, long targetId, String template, Object... arguments) {
        return notifyFollowers(List.of(new Followed(target, targetId)), template, arguments);
    }

    /**
     * Queues one e-mail to each active account that follows any of the targets. An account that follows
     * several gets one, whose unsubscribe link ends the first follow listed. For an account that chose the
     * daily digest the e-mail is held until the digest. Returns the number of recipients.
     */
    public int notifyFollowers(List<Followed> targets, String template, Object... arguments) {
        Map<Long, Follow> byAccount = new LinkedHashMap<>();
        for (Followed followed : targets) {
            em.createQuery("select f from Follow f join fetch f.account where f.targetType = :type"
                            + " and f.targetId = :target and f.account.status = :active order by f.id", Follow.class)
                    .setParameter("type", followed.target())
                    .setParameter("target", followed.id())
                    .setParameter("active", AccountStatus.ACTIVE)
                    .getResultList()
                    .forEach(follow -> byAccount.putIfAbsent(follow.getAccount().getId(), follow));
        }
        Instant now = Instant.now();
        String json = Notification.json(arguments);
        for (Follow follow : byAccount.values()) {
            UserAccount account = follow.getAccount();
            em.persist(new Notification(account.getEmail(), template, json, unsubscribeUrl(follow),
                    follow.getTargetType().name(), account.getNotificationFrequency() == NotificationFrequency.DAILY, now));
        }
        return byAccount.size();
    }

    /**
     * A followed object as the list of follows shows it: its title (null when gone), its address, and the
     * status of a question that is not published (PENDING, REJECTED or MERGED), otherwise null.
     */
    public record FollowedPage(String title, String path, String questionStatus) {
    }

    /**
     * Returns the title of a followed object: the title of a session or commitment, or the first 120
     * characters of a published question or of one awaiting moderation, which only its author follows.
     * Returns null for the list of new sessions, a rejected or merged question, or a missing target.
     */
    public String titleOf(Follow.Target target, long id) {
        String sql = switch (target) {
            case SESSION -> "SELECT title FROM accountability_session WHERE id = ?1 AND status <> 'DRAFT'";
            case QUESTION -> "SELECT body FROM question WHERE id = ?1 AND status IN ('PUBLISHED', 'PENDING')";
            case COMMITMENT -> "SELECT title FROM commitment WHERE id = ?1";
            case NEW_SESSIONS -> null;
        };
        if (sql == null) {
            return null;
        }
        List<?> rows = em.createNativeQuery(sql).setParameter(1, id).getResultList();
        return rows.isEmpty() ? null : shortTitle(String.valueOf(rows.get(0)));
    }

    /**
     * Describes a followed object with its title and the address of its public page, from the site's root.
     * A question is read in one query, and its address leads to its place on the session page, which shows
     * only published questions. The text of a rejected or merged question is shown to its author only.
     */
    public FollowedPage describe(Follow.Target target, long id, long readerId) {
        if (target != Follow.Target.QUESTION) {
            String path = switch (target) {
                case SESSION -> "/session.xhtml?id=" + id;
                case COMMITMENT -> "/commitment.xhtml?id=" + id;
                default -> "/sessions.xhtml";
            };
            return new FollowedPage(titleOf(target, id), path, null);
        }

        List<?> rows = em.createNativeQuery("SELECT body, session_id, status, author_id FROM question WHERE id = ?1")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return new FollowedPage(null, "/sessions.xhtml", null);
        }
        Object[] row = (Object[]) rows.get(0);
        String status = String.valueOf(row[2]);
        boolean published = "PUBLISHED".equals(status);
        boolean authoredByReader = row[3] != null && ((Number) row[3]).longValue() == readerId;
        boolean textVisible = published || "PENDING".equals(status) || authoredByReader;
        String title = textVisible ? shortTitle(String.valueOf(row[0])) : null;
        return new FollowedPage(title, "/session.xhtml?id=" + row[1] + (published ? "#q" + id : ""),
                published ? null : status);
    }

    /** Returns a title cut to its first 120 characters (code points, so an emoji counts as one), with "…" when cut. */
    private static String shortTitle(String title) {
        return title.codePointCount(0, title.length()) <= 120 ? title
                : title.substring(0, title.offsetByCodePoints(0, 120)) + "…";
    }

    /** Returns the account's follows, oldest first. */
    public List<Follow> followsOf(UserAccount account) {
        return em.createQuery("select f from Follow f where f.account = :account order by f.createdAt, f.id", Follow.class)
                .setParameter("account", account)
                .getResultList();
    }

    /** Ends one of the account's own follows; another account's follow is left alone and reported as absent. */
    public boolean unfollow(UserAccount account, long followId) {
        Follow follow = em.find(Follow.class, followId);
        if (follow == null || !follow.getAccount().getId().equals(account.getId())) {
            return false;
        }
        em.remove(follow);
        return true;
    }

    /** Ends the account's follow of the target, if any. */
    public void unfollow(UserAccount account, Follow.Target target, long targetId) {
        em.createQuery("delete from Follow f where f.account = :account and f.targetType = :type and f.targetId = :target")
                .setParameter("account", account)
                .setParameter("type", target)
                .setParameter("target", targetId)
                .executeUpdate();
    }

    /** Queues one e-mail to an address, without an unsubscribe link: for messages about the person's own acts. */
    public void queue(String email, String template, Object... arguments) {
        em.persist(new Notification(email, template, Notification.json(arguments), null, Instant.now()));
    }

    static String unsubscribeUrl(Follow follow) {
        return Mailer.publicUrl() + "/unsubscribe.xhtml?token="
                + URLEncoder.encode(follow.getUnsubscribeToken(), StandardCharsets.UTF_8);
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

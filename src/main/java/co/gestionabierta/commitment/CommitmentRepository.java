package co.gestionabierta.commitment;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads commitments for the public feed, the commitment page, the session pages and the exports. */
@Stateless
public class CommitmentRepository {

    private static final EnumSet<CommitmentStatus> FINAL = EnumSet.of(CommitmentStatus.COMPLETED,
            CommitmentStatus.CANCELLED);

    @PersistenceContext
    private EntityManager em;

    /** Lists commitments with the latest change first. */
    public List<Commitment> findLatest(int limit) {
        return feed(FeedFilter.none(), null, limit, LocalDate.now());
    }

    public List<Commitment> findBySession(long sessionId) {
        List<Commitment> commitments = em.createQuery("select c from Commitment c join fetch c.responsibleDepartment"
                        + " where c.session.id = :session order by c.dueOn, c.id", Commitment.class)
                .setParameter("session", sessionId)
                .getResultList();
        commitments.forEach(Commitment::getSharedWith);
        return commitments;
    }

    /**
     * Returns one page of the feed: commitments matching the filter, latest change first, starting after
     * the cursor. The caller asks for one row more than it shows to know whether a next page exists.
     */
    public List<Commitment> feed(FeedFilter filter, FeedCursor after, int limit, LocalDate today) {
        StringBuilder jpql = new StringBuilder("select c from Commitment c join fetch c.responsibleDepartment"
                + " left join fetch c.session where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        where(filter, today, jpql, parameters, "c");
        if (after != null) {
            jpql.append(" and (c.lastChangedAt < :afterAt or (c.lastChangedAt = :afterAt and c.id < :afterId))");
            parameters.put("afterAt", after.at());
            parameters.put("afterId", after.id());
        }
        jpql.append(" order by c.lastChangedAt desc, c.id desc");
        TypedQuery<Commitment> query = em.createQuery(jpql.toString(), Commitment.class).setMaxResults(limit);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** Returns one page of changes for the Atom feed, newest first, with the same filters as the feed. */
    public List<CommitmentUpdate> changes(FeedFilter filter, FeedCursor after, int limit, LocalDate today) {
        // JPA allows no alias on a fetch join, so the filters use a second, plain join.
        StringBuilder jpql = new StringBuilder("select u from CommitmentUpdate u join u.commitment c"
                + " join fetch u.commitment join fetch u.department where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        where(filter, today, jpql, parameters, "c");
        if (after != null) {
            jpql.append(" and (u.createdAt < :afterAt or (u.createdAt = :afterAt and u.id < :afterId))");
            parameters.put("afterAt", after.at());
            parameters.put("afterId", after.id());
        }
        jpql.append(" order by u.createdAt desc, u.id desc");
        TypedQuery<CommitmentUpdate> query = em.createQuery(jpql.toString(), CommitmentUpdate.class).setMaxResults(limit);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private static void where(FeedFilter filter, LocalDate today, StringBuilder jpql, Map<String, Object> parameters,
                              String alias) {
        if (filter.departmentId() != null) {
            jpql.append(" and ").append(alias).append(".responsibleDepartment.id = :department");
            parameters.put("department", filter.departmentId());
        }
        if (FeedFilter.OVERDUE.equals(filter.status())) {
            jpql.append(" and ").append(alias).append(".dueOn < :today and ").append(alias).append(".status not in :final");
            parameters.put("today", today);
            parameters.put("final", FINAL);
        } else if (filter.status() != null) {
            jpql.append(" and ").append(alias).append(".status = :status");
            parameters.put("status", CommitmentStatus.valueOf(filter.status()));
        }
        if (filter.sessionId() != null) {
            jpql.append(" and ").append(alias).append(".session.id = :session");
            parameters.put("session", filter.sessionId());
        }
        if (filter.source() != null) {
            jpql.append(" and ").append(alias).append(".source = :source");
            parameters.put("source", filter.source());
        }
    }

    /** Finds a commitment with its department, session, origin question and milestones. */
    public Optional<Commitment> findPublic(long id) {
        Optional<Commitment> commitment = em.createQuery("select c from Commitment c join fetch c.responsibleDepartment"
                        + " left join fetch c.session left join fetch c.question where c.id = :id", Commitment.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
        commitment.ifPresent(c -> {
            c.getMilestones().size();
            c.getSharedWith();
        });
        return commitment;
    }

    /** Returns the history of a commitment, oldest first, for the timeline and the chart. */
    public List<CommitmentUpdate> history(long commitmentId) {
        return em.createQuery("select u from CommitmentUpdate u join fetch u.department left join fetch u.milestone"
                        + " where u.commitment.id = :commitment order by u.createdAt, u.id", CommitmentUpdate.class)
                .setParameter("commitment", commitmentId)
                .getResultList();
    }

    /** Returns the evidence of the updates, without file contents, grouped by update id. */
    public Map<Long, List<EvidenceView>> evidenceOf(List<Long> updateIds) {
        Map<Long, List<EvidenceView>> byUpdate = new LinkedHashMap<>();
        if (updateIds.isEmpty()) {
            return byUpdate;
        }
        em.createQuery("select new co.gestionabierta.commitment.EvidenceView(e.id, e.update.id, e.kind, e.url,"
                        + " e.fileName, e.contentType, e.fileSize, e.sha256) from Evidence e"
                        + " where e.update.id in :updates order by e.id", EvidenceView.class)
                .setParameter("updates", updateIds)
                .getResultList()
                .forEach(view -> byUpdate.computeIfAbsent(view.updateId(), k -> new ArrayList<>()).add(view));
        return byUpdate;
    }

    /** Finds an evidence file with its content, for download. */
    public Optional<Evidence> findEvidenceFile(long id) {
        return Optional.ofNullable(em.find(Evidence.class, id)).filter(e -> e.getKind() == Evidence.Kind.FILE);
    }

    /** A session that commitments were made in, as the feed's session filter lists it. */
    public record SessionOption(long id, String title) {
    }

    /**
     * Returns the most recent public sessions that have commitments, newest first, for the feed's
     * session filter. The sessions are read in date order and each is checked for a commitment, so the
     * query stops after the limit whatever the number of commitments.
     */
    public List<SessionOption> findRecentSessionsWithCommitments(int limit) {
        return em.createQuery("select s.id, s.title from AccountabilitySession s"
                        + " where s.status <> co.gestionabierta.session.SessionStatus.DRAFT"
                        + " and exists (select c.id from Commitment c where c.session = s)"
                        + " order by s.heldOn desc, s.id desc", Object[].class)
                .setMaxResults(limit)
                .getResultStream().map(row -> new SessionOption((Long) row[0], (String) row[1])).toList();
    }

    /** Returns one public session as a filter option, if it exists. */
    public Optional<SessionOption> findSessionOption(long sessionId) {
        return em.createQuery("select s.id, s.title from AccountabilitySession s where s.id = :id"
                        + " and s.status <> co.gestionabierta.session.SessionStatus.DRAFT", Object[].class)
                .setParameter("id", sessionId)
                .getResultStream().map(row -> new SessionOption((Long) row[0], (String) row[1])).findFirst();
    }

    /** Returns every commitment for the open-data export, by id. */
    public List<Commitment> findAllForExport() {
        List<Commitment> commitments = em.createQuery("select c from Commitment c join fetch c.responsibleDepartment"
                        + " left join fetch c.session left join fetch c.question order by c.id", Commitment.class)
                .getResultList();
        commitments.forEach(c -> c.getMilestones().size());
        return commitments;
    }

    /** Returns every update for the open-data export, by commitment and time. */
    public List<CommitmentUpdate> findAllUpdatesForExport() {
        return em.createQuery("select u from CommitmentUpdate u join fetch u.commitment join fetch u.department"
                + " left join fetch u.milestone order by u.commitment.id, u.createdAt, u.id", CommitmentUpdate.class)
                .getResultList();
    }
}

package co.gestionabierta.session;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads accountability sessions. Public look-ups never return drafts. */
@Stateless
public class SessionRepository {

    /** Most sessions one list shows. */
    public static final int MAX_RESULTS = 200;

    @PersistenceContext
    private EntityManager em;

    /** Public sessions newest first, filtered by any of year, quarter, presenting department and status. */
    public List<AccountabilitySession> findPublic(SessionFilter filter) {
        StringBuilder jpql = new StringBuilder("select s from AccountabilitySession s where s.status <> :draft");
        if (filter.year() != null) {
            jpql.append(" and s.year = :year");
        }
        if (filter.quarter() != null) {
            jpql.append(" and s.quarter = :quarter");
        }
        if (filter.status() != null) {
            jpql.append(" and s.status = :status");
        }
        if (filter.departmentId() != null) {
            jpql.append(" and exists (select d from AccountabilitySession s2 join s2.presentingDepartments d"
                    + " where s2 = s and d.id = :department)");
        }
        jpql.append(" order by s.heldOn desc, s.id desc");

        TypedQuery<AccountabilitySession> query = em.createQuery(jpql.toString(), AccountabilitySession.class)
                .setParameter("draft", SessionStatus.DRAFT)
                .setMaxResults(MAX_RESULTS);
        if (filter.year() != null) {
            query.setParameter("year", filter.year());
        }
        if (filter.quarter() != null) {
            query.setParameter("quarter", filter.quarter());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.departmentId() != null) {
            query.setParameter("department", filter.departmentId());
        }
        return query.getResultList();
    }

    /** Lists every public session, newest first, with its presenting departments, for the open-data export. */
    public List<AccountabilitySession> findPublicForExport() {
        return em.createQuery("select distinct s from AccountabilitySession s left join fetch s.presentingDepartments"
                        + " where s.status <> :draft order by s.heldOn desc, s.id desc", AccountabilitySession.class)
                .setParameter("draft", SessionStatus.DRAFT)
                .getResultList();
    }

    /** Every session including drafts, newest first, for moderators. */
    public List<AccountabilitySession> findAllNewestFirst() {
        return em.createQuery("select s from AccountabilitySession s order by s.heldOn desc, s.id desc",
                AccountabilitySession.class).setMaxResults(MAX_RESULTS).getResultList();
    }

    /** Lists the years that public sessions account for, newest first, for the filter. */
    public List<Integer> findPublicYears() {
        return em.createQuery("select distinct s.year from AccountabilitySession s where s.status <> :draft"
                        + " order by s.year desc", Integer.class)
                .setParameter("draft", SessionStatus.DRAFT)
                .getResultList();
    }

    /** Finds any session, draft or not, with its agenda, presenting departments and datasets loaded. */
    public Optional<AccountabilitySession> findWithDetails(long id) {
        AccountabilitySession session = em.find(AccountabilitySession.class, id);
        if (session == null) {
            return Optional.empty();
        }
        session.getAgenda().forEach(item -> {
            if (item.getDepartment() != null) {
                item.getDepartment().getName();
            }
            item.getDatasets();
        });
        session.getPresentingDepartments();
        session.getDatasets().forEach(dataset -> {
            if (dataset.getDepartment() != null) {
                dataset.getDepartment().getName();
            }
        });
        if (session.getCurrentQuestion() != null) {
            session.getCurrentQuestion().getDepartment().getName();
        }
        return Optional.of(session);
    }

    /** Finds a public session with its details, or nothing for a draft. */
    public Optional<AccountabilitySession> findPublicWithDetails(long id) {
        return findWithDetails(id).filter(s -> s.getStatus().isPublic());
    }

    /** Published sessions not yet held, from the given day on, soonest first, with their agendas. */
    public List<AccountabilitySession> findUpcoming(LocalDate today) {
        return em.createQuery("select distinct s from AccountabilitySession s left join fetch s.agenda"
                        + " where s.heldOn >= :today and s.status in :statuses order by s.heldOn, s.id",
                        AccountabilitySession.class)
                .setParameter("today", today)
                .setParameter("statuses", List.of(SessionStatus.SCHEDULED, SessionStatus.LIVE))
                .getResultList();
    }

    /** Finds the first scheduled session on or after the given day; a live one has its own banner. */
    public Optional<AccountabilitySession> findNext(LocalDate today) {
        return em.createQuery("select s from AccountabilitySession s where s.heldOn >= :today and s.status in :statuses"
                        + " order by s.heldOn, s.id", AccountabilitySession.class)
                .setParameter("today", today)
                .setParameter("statuses", List.of(SessionStatus.SCHEDULED))
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Finds the most recent public session held on or before the given day. */
    public Optional<AccountabilitySession> findLast(LocalDate today) {
        return em.createQuery("select s from AccountabilitySession s where s.heldOn <= :today and s.status in :held"
                        + " order by s.heldOn desc, s.id desc", AccountabilitySession.class)
                .setParameter("today", today)
                .setParameter("held", List.of(SessionStatus.LIVE, SessionStatus.ANSWERING, SessionStatus.CLOSED))
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Finds the session being held now, if any. */
    public Optional<AccountabilitySession> findLive() {
        return em.createQuery("select s from AccountabilitySession s where s.status = :live order by s.heldOn, s.id",
                        AccountabilitySession.class)
                .setParameter("live", SessionStatus.LIVE)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }
}

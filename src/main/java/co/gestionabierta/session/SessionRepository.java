package co.gestionabierta.session;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads accountability sessions, with what each public page shows already loaded. */
@Stateless
public class SessionRepository {

    @PersistenceContext
    private EntityManager em;

    public List<AccountabilitySession> findAllNewestFirst() {
        return em.createQuery("select s from AccountabilitySession s order by s.heldOn desc, s.id desc",
                AccountabilitySession.class).getResultList();
    }

    /** Finds the session with its agenda, presenting departments and datasets loaded. */
    public Optional<AccountabilitySession> findWithDetails(long id) {
        AccountabilitySession session = em.find(AccountabilitySession.class, id);
        if (session == null) {
            return Optional.empty();
        }
        session.getAgenda().forEach(item -> {
            if (item.getDepartment() != null) {
                item.getDepartment().getName();
            }
        });
        session.getPresentingDepartments();
        session.getDatasets().forEach(dataset -> {
            if (dataset.getDepartment() != null) {
                dataset.getDepartment().getName();
            }
        });
        return Optional.of(session);
    }

    /** Finds the first session on or after the given day that is not closed. */
    public Optional<AccountabilitySession> findNext(LocalDate today) {
        return em.createQuery("select s from AccountabilitySession s where s.heldOn >= :today and s.status <> :closed"
                        + " order by s.heldOn, s.id", AccountabilitySession.class)
                .setParameter("today", today)
                .setParameter("closed", SessionStatus.CLOSED)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Finds the most recent session held before the given day, or already closed. */
    public Optional<AccountabilitySession> findLast(LocalDate today) {
        return em.createQuery("select s from AccountabilitySession s where s.heldOn < :today or s.status = :closed"
                        + " order by s.heldOn desc, s.id desc", AccountabilitySession.class)
                .setParameter("today", today)
                .setParameter("closed", SessionStatus.CLOSED)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }
}

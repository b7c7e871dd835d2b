package co.gestionabierta.commitment;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Reads commitments for the public feed and the session pages. */
@Stateless
public class CommitmentRepository {

    @PersistenceContext
    private EntityManager em;

    /** Lists commitments with the latest due dates first. */
    public List<Commitment> findLatest(int limit) {
        return em.createQuery("select c from Commitment c join fetch c.responsibleDepartment"
                        + " order by c.dueOn desc, c.id desc", Commitment.class)
                .setMaxResults(limit)
                .getResultList();
    }

    public List<Commitment> findBySession(long sessionId) {
        List<Commitment> commitments = em.createQuery("select c from Commitment c join fetch c.responsibleDepartment"
                        + " where c.session.id = :session order by c.dueOn, c.id", Commitment.class)
                .setParameter("session", sessionId)
                .getResultList();
        commitments.forEach(Commitment::getSharedWith);
        return commitments;
    }
}

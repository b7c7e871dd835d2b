package co.gestionabierta.question;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Reads citizen questions. */
@Stateless
public class QuestionRepository {

    @PersistenceContext
    private EntityManager em;

    /** Lists the published questions of a session, oldest first, with department and response loaded. */
    public List<Question> findPublishedBySession(long sessionId) {
        return em.createQuery("select q from Question q join fetch q.department left join fetch q.response"
                        + " where q.session.id = :session and q.status = :published order by q.submittedAt, q.id",
                        Question.class)
                .setParameter("session", sessionId)
                .setParameter("published", QuestionStatus.PUBLISHED)
                .getResultList();
    }
}

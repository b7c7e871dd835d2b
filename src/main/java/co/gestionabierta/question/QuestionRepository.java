package co.gestionabierta.question;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads citizen questions for the public pages, the moderation queue and the departments. */
@Stateless
public class QuestionRepository {

    /** Questions one page of search results shows. */
    public static final int PAGE_SIZE = 20;

    /** Sort order of the public list of a session's questions. */
    public enum Order { SUPPORT, DATE }

    @PersistenceContext
    private EntityManager em;

    /** Lists the published questions of a session, oldest first, with department and response loaded. */
    public List<Question> findPublishedBySession(long sessionId) {
        return findPublishedBySession(sessionId, Order.DATE);
    }

    public List<Question> findPublishedBySession(long sessionId, Order order) {
        return findPublishedBySession(sessionId, order, 0, Integer.MAX_VALUE);
    }

    /** Lists one page of a session's published questions, in the given order. */
    public List<Question> findPublishedBySession(long sessionId, Order order, int first, int max) {
        String sort = order == Order.SUPPORT ? "q.supportCount desc, q.submittedAt, q.id" : "q.submittedAt, q.id";
        return em.createQuery("select q from Question q join fetch q.department left join fetch q.response"
                        + " left join fetch q.author left join fetch q.agendaItem"
                        + " where q.session.id = :session and q.status = :published order by " + sort, Question.class)
                .setParameter("session", sessionId)
                .setParameter("published", QuestionStatus.PUBLISHED)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countPublishedBySession(long sessionId) {
        return em.createQuery("select count(q) from Question q where q.session.id = :session and q.status = :published",
                        Long.class)
                .setParameter("session", sessionId)
                .setParameter("published", QuestionStatus.PUBLISHED)
                .getSingleResult();
    }

    /** Lists every published question with its session, department, agenda item and answer, for the open-data export. */
    public List<Question> findPublishedForExport() {
        return em.createQuery("select q from Question q join fetch q.session join fetch q.department"
                        + " left join fetch q.agendaItem left join fetch q.response where q.status = :published"
                        + " order by q.session.heldOn desc, q.submittedAt, q.id", Question.class)
                .setParameter("published", QuestionStatus.PUBLISHED)
                .getResultList();
    }

    /** Lists the most supported published questions of a session, for the live page. */
    public List<Question> findMostSupported(long sessionId, int count) {
        return em.createQuery("select q from Question q join fetch q.department left join fetch q.response"
                        + " where q.session.id = :session and q.status = :published and q.supportCount > 0"
                        + " order by q.supportCount desc, q.submittedAt, q.id", Question.class)
                .setParameter("session", sessionId)
                .setParameter("published", QuestionStatus.PUBLISHED)
                .setMaxResults(count)
                .getResultList();
    }

    /** Questions waiting for a moderator in a session, oldest first. */
    public List<Question> findPending(long sessionId) {
        return em.createQuery("select q from Question q left join fetch q.department left join fetch q.author"
                        + " left join fetch q.agendaItem where q.session.id = :session and q.status = :pending"
                        + " order by q.submittedAt, q.id", Question.class)
                .setParameter("session", sessionId)
                .setParameter("pending", QuestionStatus.PENDING)
                .getResultList();
    }

    /** Published questions addressed to a department, unanswered first and by due date. */
    public List<Question> findForDepartment(long departmentId) {
        return em.createQuery("select q from Question q join fetch q.session left join fetch q.response"
                        + " where q.department.id = :department and q.status = :published"
                        + " order by case when q.response is null then 0 else 1 end, q.answerDueOn, q.submittedAt",
                        Question.class)
                .setParameter("department", departmentId)
                .setParameter("published", QuestionStatus.PUBLISHED)
                .getResultList();
    }

    /** A published question addressed to the department, with its session and response. */
    public java.util.Optional<Question> findForDepartment(long departmentId, long questionId) {
        return em.createQuery("select q from Question q join fetch q.session join fetch q.department"
                        + " left join fetch q.response where q.id = :id and q.department.id = :department"
                        + " and q.status = :published", Question.class)
                .setParameter("id", questionId)
                .setParameter("department", departmentId)
                .setParameter("published", QuestionStatus.PUBLISHED)
                .getResultStream().findFirst();
    }

    /** Lists the citizen's own questions, newest first. */
    public List<Question> findByAuthor(long authorId) {
        return em.createQuery("select q from Question q join fetch q.session left join fetch q.department"
                        + " left join fetch q.response where q.author.id = :author order by q.submittedAt desc, q.id desc",
                        Question.class)
                .setParameter("author", authorId)
                .getResultList();
    }

    public List<ModerationEvent> findModerationLog(long sessionId) {
        return em.createQuery("select e from ModerationEvent e where e.sessionId = :session"
                        + " order by e.occurredAt desc, e.id desc", ModerationEvent.class)
                .setParameter("session", sessionId)
                .getResultList();
    }

    /** Returns the ids of the session's questions that the citizen supports. */
    public Set<Long> findSupportedBy(long citizenId, long sessionId) {
        List<?> ids = em.createNativeQuery("SELECT s.question_id FROM question_support s JOIN question q"
                        + " ON q.id = s.question_id WHERE s.citizen_id = ?1 AND q.session_id = ?2")
                .setParameter(1, citizenId)
                .setParameter(2, sessionId)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toSet());
    }

    /** Returns the ids of the session's questions that the citizen follows. */
    public Set<Long> findFollowedBy(long citizenId, long sessionId) {
        List<?> ids = em.createNativeQuery("SELECT f.target_id FROM follow f JOIN question q ON q.id = f.target_id"
                        + " WHERE f.account_id = ?1 AND f.target_type = 'QUESTION' AND q.session_id = ?2")
                .setParameter(1, citizenId)
                .setParameter(2, sessionId)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toSet());
    }

    /**
     * Searches published questions and their published answers. The columns use the
     * utf8mb4_unicode_ci collation, which ignores case and accents, so "educacion" finds "Educación".
     */
    public List<Question> search(String terms, int page) {
        String pattern = "%" + terms.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        // NOTE: a LIKE with a leading wildcard reads every published question; a FULLTEXT index would
        // keep large archives fast.
        return em.createQuery("select q from Question q join fetch q.session join fetch q.department"
                        + " left join fetch q.response where q.status = :published and (q.text like :pattern"
                        + " or exists (select r from Response r where r.question = q and r.status = :answered"
                        + " and r.text like :pattern))"
                        + " order by q.submittedAt desc, q.id desc", Question.class)
                .setParameter("published", QuestionStatus.PUBLISHED)
                .setParameter("answered", Response.Status.PUBLISHED)
                .setParameter("pattern", pattern)
                .setFirstResult(page * PAGE_SIZE)
                .setMaxResults(PAGE_SIZE + 1)
                .getResultList();
    }

    /** Per department: questions received, answered on time, answered late, overdue now and not yet due. */
    public List<DepartmentRecord> findDepartmentRecords(LocalDate today) {
        List<?> rows = em.createNativeQuery("SELECT d.id, d.name, COUNT(q.id),"
                        + " SUM(CASE WHEN r.status = 'PUBLISHED' AND r.late = FALSE THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN r.status = 'PUBLISHED' AND r.late = TRUE THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN (r.id IS NULL OR r.status <> 'PUBLISHED') AND q.answer_due_on < ?1 THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN (r.id IS NULL OR r.status <> 'PUBLISHED') AND (q.answer_due_on IS NULL"
                        + " OR q.answer_due_on >= ?1) THEN 1 ELSE 0 END)"
                        + " FROM question q JOIN department d ON d.id = q.department_id"
                        + " LEFT JOIN response r ON r.question_id = q.id"
                        + " WHERE q.status = 'PUBLISHED' AND q.example = FALSE"
                        + " GROUP BY d.id, d.name ORDER BY d.name")
                .setParameter(1, today)
                .getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new DepartmentRecord(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue(),
                    ((Number) r[3]).intValue(), ((Number) r[4]).intValue(), ((Number) r[5]).intValue(),
                    ((Number) r[6]).intValue());
        }).toList();
    }

    /** A department's record of answers, as the public accountability page shows it. */
    public record DepartmentRecord(long departmentId, String department, int received, int answeredOnTime,
                                   int answeredLate, int overdue, int pending) {
    }
}

package co.gestionabierta.question;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /**
     * A citizen's marks on one session: the questions they support, follow and wrote, and whether they
     * follow the session.
     */
    public record CitizenMarks(Set<Long> supported, Set<Long> followed, Set<Long> authored, boolean followsSession) {
    }

    /** Reads a citizen's marks on one session in a single query, for the reader parts of its page. */
    public CitizenMarks findMarks(long citizenId, long sessionId) {
        List<?> rows = em.createNativeQuery("SELECT 'S', s.question_id FROM question_support s JOIN question q"
                        + " ON q.id = s.question_id WHERE s.citizen_id = ?1 AND q.session_id = ?2"
                        + " UNION ALL SELECT 'F', f.target_id FROM follow f JOIN question q ON q.id = f.target_id"
                        + " WHERE f.account_id = ?1 AND f.target_type = 'QUESTION' AND q.session_id = ?2"
                        + " UNION ALL SELECT 'A', id FROM question WHERE author_id = ?1 AND session_id = ?2"
                        + " UNION ALL SELECT 'T', target_id FROM follow WHERE account_id = ?1 AND target_type = 'SESSION'"
                        + " AND target_id = ?2")
                .setParameter(1, citizenId)
                .setParameter(2, sessionId)
                .getResultList();
        Set<Long> supported = new java.util.HashSet<>();
        Set<Long> followed = new java.util.HashSet<>();
        Set<Long> authored = new java.util.HashSet<>();
        boolean followsSession = false;
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            long id = ((Number) columns[1]).longValue();
            switch (String.valueOf(columns[0])) {
                case "S" -> supported.add(id);
                case "F" -> followed.add(id);
                case "A" -> authored.add(id);
                default -> followsSession = true;
            }
        }
        return new CitizenMarks(supported, followed, authored, followsSession);
    }

    /**
     * Searches published questions and their published answers for a phrase. The columns use the
     * utf8mb4_unicode_ci collation, which ignores case and accents, so "educacion" finds "Educación".
     * The FULLTEXT indexes first pick the rows that contain every word of the phrase, or a word starting
     * with it; the phrase itself is then matched with LIKE on those rows only. A phrase without any word
     * the index keeps (all shorter than 3 letters, or InnoDB stopwords such as "de" and "la") is matched
     * with LIKE alone, which reads every published question.
     */
    public List<Question> search(String terms, int page) {
        String phrase = terms.strip();
        String pattern = "%" + phrase.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String words = fullTextQuery(phrase);
        String candidates = words.isEmpty() ? "question q" : "question q JOIN (SELECT id FROM question"
                + " WHERE MATCH(body) AGAINST(?3 IN BOOLEAN MODE) UNION SELECT question_id FROM response"
                + " WHERE status = 'PUBLISHED' AND MATCH(body) AGAINST(?3 IN BOOLEAN MODE)) c ON c.id = q.id";
        var query = em.createNativeQuery("SELECT q.id FROM " + candidates
                + " LEFT JOIN response r ON r.question_id = q.id AND r.status = 'PUBLISHED'"
                + " WHERE q.status = 'PUBLISHED' AND (q.body LIKE ?1 OR r.body LIKE ?1)"
                + " ORDER BY q.submitted_at DESC, q.id DESC LIMIT ?2 OFFSET ?4")
                .setParameter(1, pattern)
                .setParameter(2, PAGE_SIZE + 1)
                .setParameter(4, page * PAGE_SIZE);
        if (!words.isEmpty()) {
            query.setParameter(3, words);
        }
        List<Long> ids = ((List<?>) query.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Question> found = em.createQuery("select q from Question q join fetch q.session join fetch q.department"
                        + " left join fetch q.response where q.id in :ids", Question.class)
                .setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(Question::getId, q -> q));
        return ids.stream().map(found::get).toList();
    }

    /** Words the InnoDB FULLTEXT index skips: shorter than its default minimum of 3, or on its default stopword list. */
    private static final Set<String> UNINDEXED_WORDS = Set.of("about", "are", "com", "for", "from", "how", "that", "the",
            "this", "was", "what", "when", "where", "who", "will", "with", "und", "www");

    /**
     * Builds a boolean-mode query that requires every indexed word of the phrase, each as a word prefix
     * ("educa" also finds "educación"). Returns an empty text when no word of the phrase is indexed.
     */
    static String fullTextQuery(String phrase) {
        StringBuilder query = new StringBuilder();
        Matcher word = WORD.matcher(phrase);
        while (word.find()) {
            String text = word.group();
            if (text.length() >= 3 && !UNINDEXED_WORDS.contains(text.toLowerCase(Locale.ROOT))) {
                query.append(query.isEmpty() ? "" : " ").append('+').append(text).append('*');
            }
        }
        return query.toString();
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

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

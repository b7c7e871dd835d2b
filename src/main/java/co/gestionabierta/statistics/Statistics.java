package co.gestionabierta.statistics;

import co.gestionabierta.catalog.CatalogRepository;
import co.gestionabierta.catalog.DevelopmentPlanLine;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of the public statistics: questions per session and department, answers on time, days to
 * answer, commitments by status and department, and the development plan's progress. Each is one grouped
 * query over indexed columns; example questions of the demo are left out, as on the accountability page.
 */
@Stateless
public class Statistics {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CatalogRepository catalog;

    /** A category and its figure. */
    public record Figure(String label, double value) {
    }

    /** A session with the number of its published questions. */
    public record SessionFigure(long sessionId, String title, LocalDate heldOn, long questions) {
    }

    /** A department's answers: published questions, answered on time (live or in writing), and the average days. */
    public record AnswerFigure(String department, long questions, long onTime, Double averageDays) {
    }

    /** Public sessions, newest first, with their published questions. */
    public List<SessionFigure> questionsPerSession() {
        List<SessionFigure> figures = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT s.id, s.title, s.held_on, COUNT(q.id)"
                + " FROM accountability_session s LEFT JOIN question q ON q.session_id = s.id"
                + " AND q.status = 'PUBLISHED' AND q.example = FALSE"
                + " WHERE s.status <> 'DRAFT' GROUP BY s.id, s.title, s.held_on ORDER BY s.held_on DESC, s.id DESC")
                .getResultList()) {
            Object[] r = (Object[]) row;
            figures.add(new SessionFigure(((Number) r[0]).longValue(), (String) r[1], localDate(r[2]),
                    ((Number) r[3]).longValue()));
        }
        return figures;
    }

    /**
     * Per department with published questions: how many, how many answered on time, and the average number of
     * calendar days from the session to a written answer, counted in the entity's zone.
     */
    public List<AnswerFigure> answersPerDepartment() {
        ZoneId zone = catalog.findZone();
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("SELECT d.name, COUNT(q.id),"
                + " SUM(CASE WHEN r.status = 'PUBLISHED' AND r.late = FALSE THEN 1 ELSE 0 END)"
                + " FROM question q JOIN department d ON d.id = q.department_id LEFT JOIN response r ON r.question_id = q.id"
                + " WHERE q.status = 'PUBLISHED' AND q.example = FALSE GROUP BY d.name ORDER BY d.name").getResultList()) {
            Object[] r = (Object[]) row;
            counts.put((String) r[0], new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue(), 0, 0});
        }
        for (Object[] r : em.createQuery("select q.department.name, q.session.heldOn, r.answeredAt from Response r"
                        + " join r.question q where r.status = co.gestionabierta.question.Response.Status.PUBLISHED"
                        + " and r.kind = co.gestionabierta.question.Response.Kind.WRITTEN"
                        + " and q.status = co.gestionabierta.question.QuestionStatus.PUBLISHED and q.example = false",
                Object[].class).getResultList()) {
            long[] figure = counts.get((String) r[0]);
            if (figure == null || r[2] == null) {
                continue;
            }
            LocalDate answeredOn = ((Instant) r[2]).atZone(zone).toLocalDate();
            figure[2] += Math.max(0, ChronoUnit.DAYS.between((LocalDate) r[1], answeredOn));
            figure[3]++;
        }
        List<AnswerFigure> figures = new ArrayList<>();
        counts.forEach((department, f) -> figures.add(new AnswerFigure(department, f[0], f[1],
                f[3] == 0 ? null : Math.round(f[2] * 10.0 / f[3]) / 10.0)));
        return figures;
    }

    /** The number of commitments per status, in the order of the statuses. */
    public Map<String, Long> commitmentsByStatus() {
        Map<String, Long> figures = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("SELECT status, COUNT(*) FROM commitment GROUP BY status").getResultList()) {
            Object[] r = (Object[]) row;
            figures.put((String) r[0], ((Number) r[1]).longValue());
        }
        return figures;
    }

    /** The number of commitments per responsible department and status, by department name. */
    public Map<String, Map<String, Long>> commitmentsByDepartment() {
        Map<String, Map<String, Long>> figures = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("SELECT d.name, c.status, COUNT(*) FROM commitment c"
                + " JOIN department d ON d.id = c.responsible_department_id GROUP BY d.name, c.status ORDER BY d.name")
                .getResultList()) {
            Object[] r = (Object[]) row;
            figures.computeIfAbsent((String) r[0], name -> new LinkedHashMap<>()).put((String) r[1], ((Number) r[2]).longValue());
        }
        return figures;
    }

    /** The lines of the development plan with their progress. */
    public List<DevelopmentPlanLine> planLines() {
        return catalog.findPlanLines();
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}

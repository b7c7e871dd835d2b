package co.gestionabierta.catalog;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Reads the entity's settings, departments, reports and development-plan progress. */
@Stateless
public class CatalogRepository {

    @PersistenceContext
    private EntityManager em;

    public Optional<EntitySettings> findSettings() {
        return em.createQuery("select e from EntitySettings e order by e.id", EntitySettings.class)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Returns the entity's time zone, in which sessions are planned and deadlines counted. */
    public ZoneId findZone() {
        return findSettings().map(EntitySettings::getZone).orElse(EntitySettings.DEFAULT_ZONE);
    }

    public List<Department> findActiveDepartments() {
        return em.createQuery("select d from Department d where d.active = true order by d.name", Department.class)
                .getResultList();
    }

    public List<ManagementReport> findReportsBySession(long sessionId) {
        return em.createQuery("select r from ManagementReport r join fetch r.department"
                        + " left join fetch r.agendaItem where r.session.id = :session order by r.department.name, r.id", ManagementReport.class)
                .setParameter("session", sessionId)
                .getResultList();
    }

    public List<DevelopmentPlanLine> findPlanLines() {
        return em.createQuery("select l from DevelopmentPlanLine l order by l.planPeriod desc, l.id",
                DevelopmentPlanLine.class).getResultList();
    }

    public List<Dataset> findDatasets() {
        return em.createQuery("select d from Dataset d left join fetch d.department order by d.title, d.id",
                Dataset.class).getResultList();
    }

    /** Reports with a document, of one department or of all when the id is null, newest first. */
    public List<ManagementReport> findPublishedReports(Long departmentId) {
        return em.createQuery("select r from ManagementReport r join fetch r.department left join fetch r.session"
                        + " where (:department is null or r.department.id = :department)"
                        + " and (r.session is null or r.session.status <> co.gestionabierta.session.SessionStatus.DRAFT)"
                        + " order by r.department.name, r.publishedOn desc, r.id desc", ManagementReport.class)
                .setParameter("department", departmentId)
                .getResultList();
    }

    /** Finds a report with its session loaded, which decides whether the report is public. */
    public Optional<ManagementReport> findReport(long id) {
        return em.createQuery("select r from ManagementReport r left join fetch r.session where r.id = :id",
                        ManagementReport.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    /** Reads the stored PDF of a report, only when it is downloaded. */
    public Optional<byte[]> findReportDocument(long reportId) {
        return Optional.ofNullable(em.find(ReportDocument.class, reportId)).map(ReportDocument::getContent);
    }
}

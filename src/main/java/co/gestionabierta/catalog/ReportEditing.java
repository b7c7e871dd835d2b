package co.gestionabierta.catalog;

import co.gestionabierta.account.AccountStatus;
import co.gestionabierta.account.Role;
import co.gestionabierta.account.UserAccount;
import co.gestionabierta.audit.AuditLog;
import co.gestionabierta.audit.Changes;
import co.gestionabierta.web.AccessDeniedException;
import co.gestionabierta.web.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * A secretary's use cases on their department's management reports. Another department's report is
 * reported as not found, whether it is read or written.
 */
@Stateless
public class ReportEditing {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog audit;

    public List<ManagementReport> findOwnReports(UserAccount secretary) {
        requireSecretary(secretary);
        return em.createQuery("select r from ManagementReport r join fetch r.department left join fetch r.session"
                        + " where r.department.id = :department order by r.publishedOn desc, r.id desc",
                        ManagementReport.class)
                .setParameter("department", secretary.getDepartment().getId())
                .getResultList();
    }

    public ManagementReport findOwnReport(UserAccount secretary, long reportId) {
        requireSecretary(secretary);
        ManagementReport report = em.find(ManagementReport.class, reportId);
        if (report == null || !report.getDepartment().getId().equals(secretary.getDepartment().getId())) {
            throw new NotFoundException("ManagementReport", reportId);
        }
        return report;
    }

    public void updateReport(UserAccount secretary, long reportId, String title, String summary) {
        ManagementReport report = findOwnReport(secretary, reportId);
        Changes changes = new Changes()
                .field("title", report.getTitle(), title)
                .field("summary", report.getSummary(), summary);

        report.describe(title, summary);

        audit.record(secretary, "REPORT_UPDATED", "ManagementReport", reportId, changes);
    }

    private static void requireSecretary(UserAccount actor) {
        if (actor == null || actor.getRole() != Role.SECRETARY || actor.getDepartment() == null
                || actor.getStatus() != AccountStatus.ACTIVE) {
            throw new AccessDeniedException("Only an active secretary may do this");
        }
    }
}

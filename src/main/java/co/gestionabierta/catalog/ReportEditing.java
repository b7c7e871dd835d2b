package co.gestionabierta.catalog;

import co.gestionabierta.account.AccountStatus;
import co.gestionabierta.account.Role;
import co.gestionabierta.account.UserAccount;
import co.gestionabierta.audit.AuditLog;
import co.gestionabierta.audit.Changes;
import co.gestionabierta.session.AccountabilitySession;
import co.gestionabierta.session.AgendaItem;
import co.gestionabierta.session.SessionStatus;
import co.gestionabierta.web.AccessDeniedException;
import co.gestionabierta.web.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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

    @EJB
    private CatalogRepository catalog;

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
        report.getDatasets();
        if (report.getAgendaItem() != null) {
            report.getAgendaItem().getTitle();
        }
        if (report.getSession() != null) {
            report.getSession().getTitle();
        }
        return report;
    }

    /** Creates a report of the secretary's department with its PDF; the PDF is required. */
    public long createReport(UserAccount secretary, ReportForm form, String submittedName, byte[] content) {
        requireSecretary(secretary);
        validate(form);
        requirePdf(content);
        AccountabilitySession session = linkableSession(secretary, form.sessionId());

        ManagementReport report = new ManagementReport(secretary.getDepartment(), session, form.title(),
                form.summary(), null);
        report.describe(form.title(), form.period(), form.summary(), session,
                agendaItem(session, form.agendaItemId()), datasets(form.datasetIds()));
        em.persist(report);
        em.flush();
        store(secretary, report, submittedName, content);

        audit.record(secretary, "REPORT_CREATED", "ManagementReport", report.getId(),
                new Changes().field("title", null, form.title()).field("file", null, report.getFileName()));
        return report.getId();
    }

    public void updateReport(UserAccount secretary, long reportId, ReportForm form) {
        ManagementReport report = findOwnReport(secretary, reportId);
        validate(form);
        AccountabilitySession session = linkableSession(secretary, form.sessionId());
        Changes changes = new Changes()
                .field("title", report.getTitle(), form.title())
                .field("period", report.getPeriod(), form.period())
                .field("summary", report.getSummary(), form.summary())
                .field("session", report.getSession() == null ? null : report.getSession().getId(), form.sessionId());

        report.describe(form.title(), form.period(), form.summary(), session,
                agendaItem(session, form.agendaItemId()), datasets(form.datasetIds()));

        audit.record(secretary, "REPORT_UPDATED", "ManagementReport", reportId, changes);
    }

    /** Replaces the PDF of a report; the previous file is not kept, its checksum stays in the audit log. */
    public void replaceDocument(UserAccount secretary, long reportId, String submittedName, byte[] content) {
        ManagementReport report = findOwnReport(secretary, reportId);
        requirePdf(content);
        String before = report.getFileSha256();

        store(secretary, report, submittedName, content);

        audit.record(secretary, "REPORT_DOCUMENT_REPLACED", "ManagementReport", reportId,
                new Changes().field("sha256", before, report.getFileSha256()));
    }

    /** Public sessions in which the secretary's department presents, newest first. */
    public List<AccountabilitySession> findLinkableSessions(UserAccount secretary) {
        requireSecretary(secretary);
        return em.createQuery("select distinct s from AccountabilitySession s join s.presentingDepartments d"
                        + " left join fetch s.agenda where d.id = :department and s.status <> :draft"
                        + " order by s.heldOn desc", AccountabilitySession.class)
                .setParameter("department", secretary.getDepartment().getId())
                .setParameter("draft", SessionStatus.DRAFT)
                .getResultList();
    }

    private void store(UserAccount secretary, ManagementReport report, String submittedName, byte[] content) {
        ReportDocument document = em.find(ReportDocument.class, report.getId());
        if (document == null) {
            em.persist(new ReportDocument(report.getId(), content));
        } else {
            document.replace(content);
        }
        Instant now = Instant.now();
        report.attachDocument(PdfFiles.cleanName(submittedName), content.length, PdfFiles.sha256(content),
                secretary, now, LocalDate.ofInstant(now, catalog.findZone()));
    }

    private AccountabilitySession linkableSession(UserAccount secretary, Long sessionId) {
        if (sessionId == null) {
            return null;
        }
        AccountabilitySession session = em.find(AccountabilitySession.class, sessionId);
        if (session == null || session.getStatus() == SessionStatus.DRAFT
                || session.getPresentingDepartments().stream()
                .noneMatch(d -> d.getId().equals(secretary.getDepartment().getId()))) {
            throw new NotFoundException("AccountabilitySession", sessionId);
        }
        return session;
    }

    private static AgendaItem agendaItem(AccountabilitySession session, Long itemId) {
        if (itemId == null) {
            return null;
        }
        if (session == null) {
            throw new ReportRuleException("report.rule.itemWithoutSession");
        }
        return session.getAgenda().stream().filter(item -> item.getId().equals(itemId)).findFirst()
                .orElseThrow(() -> new NotFoundException("AgendaItem", itemId));
    }

    private List<Dataset> datasets(List<Long> ids) {
        return ids.stream().distinct().map(id -> Optional.ofNullable(em.find(Dataset.class, id))
                .orElseThrow(() -> new NotFoundException("Dataset", id))).toList();
    }

    private static void validate(ReportForm form) {
        if (form.title() == null || form.title().isBlank() || form.title().length() > 300) {
            throw new ReportRuleException("report.rule.titleRequired");
        }
        if (form.period() != null && form.period().length() > 40) {
            throw new ReportRuleException("report.rule.periodTooLong", 40);
        }
        if (form.summary() != null && form.summary().length() > ReportForm.MAX_SUMMARY) {
            throw new ReportRuleException("report.summaryTooLong");
        }
    }

    private static void requirePdf(byte[] content) {
        if (content == null || content.length == 0) {
            throw new ReportRuleException("report.rule.fileRequired");
        }
        if (content.length > PdfFiles.MAX_BYTES) {
            throw new ReportRuleException("report.rule.fileTooLarge", PdfFiles.MAX_BYTES / (1024 * 1024));
        }
        if (!PdfFiles.isPdf(content)) {
            throw new ReportRuleException("report.rule.notPdf");
        }
    }

    private static void requireSecretary(UserAccount actor) {
        if (actor == null || actor.getRole() != Role.SECRETARY || actor.getDepartment() == null
                || actor.getStatus() != AccountStatus.ACTIVE) {
            throw new AccessDeniedException("Only an active secretary may do this");
        }
    }
}

package co.gestionabierta.catalog.web;

import co.gestionabierta.account.CurrentUser;
import co.gestionabierta.catalog.CatalogRepository;
import co.gestionabierta.catalog.Dataset;
import co.gestionabierta.catalog.ManagementReport;
import co.gestionabierta.catalog.PdfFiles;
import co.gestionabierta.catalog.ReportEditing;
import co.gestionabierta.catalog.ReportForm;
import co.gestionabierta.catalog.ReportRuleException;
import co.gestionabierta.session.AccountabilitySession;
import co.gestionabierta.session.AgendaItem;
import co.gestionabierta.web.Messages;
import co.gestionabierta.web.Requests;
import co.gestionabierta.web.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

/**
 * A secretary's list of their department's reports, and the form that uploads a new one or edits one
 * (?id=). The report is loaded again on every request, so a replayed id is checked again.
 */
@Named
@RequestScoped
public class ReportEditView {

    @Inject
    private CurrentUser currentUser;

    @EJB
    private ReportEditing reports;

    @EJB
    private CatalogRepository catalog;

    private String id;
    private ManagementReport report;
    private String title;
    private String period;
    private String summary;
    private Long sessionId;
    private Long agendaItemId;
    private Long[] datasetIds = new Long[0];
    private Part file;
    private List<ManagementReport> ownReports;
    private List<AccountabilitySession> linkableSessions;
    private List<Dataset> datasets;

    public List<ManagementReport> getOwnReports() {
        if (ownReports == null) {
            ownReports = reports.findOwnReports(currentUser.require());
        }
        return ownReports;
    }

    public void load() throws IOException {
        if (id == null || id.isEmpty()) {
            return;
        }
        Long reportId = id.matches("[0-9]{1,18}") ? Long.valueOf(id) : null;
        try {
            report = reportId == null ? null : reports.findOwnReport(currentUser.require(), reportId);
        } catch (NotFoundException e) {
            report = null;
        }
        if (report == null) {
            Requests.sendNotFound();
            return;
        }
        if (!FacesContext.getCurrentInstance().isPostback()) {
            title = report.getTitle();
            period = report.getPeriod();
            summary = report.getSummary();
            sessionId = report.getSession() == null ? null : report.getSession().getId();
            agendaItemId = report.getAgendaItem() == null ? null : report.getAgendaItem().getId();
            datasetIds = report.getDatasets().stream().map(Dataset::getId).toArray(Long[]::new);
        }
    }

    public String save() {
        ReportForm form = new ReportForm(title == null ? null : title.strip(), blankToNull(period),
                blankToNull(summary), sessionId, agendaItemId, Arrays.asList(datasetIds));
        try {
            if (report == null) {
                if (file == null || file.getSize() == 0) {
                    Messages.error("report.rule.fileRequired");
                    return null;
                }
                long newId = reports.createReport(currentUser.require(), form, file.getSubmittedFileName(), read(file));
                Messages.flashInfo("report.created");
                return "/secretary/report?faces-redirect=true&id=" + newId;
            }
            reports.updateReport(currentUser.require(), report.getId(), form);
            if (file != null && file.getSize() > 0) {
                reports.replaceDocument(currentUser.require(), report.getId(), file.getSubmittedFileName(), read(file));
            }
            Messages.flashInfo("report.saved");
            return "/secretary/report?faces-redirect=true&id=" + report.getId();
        } catch (ReportRuleException e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        } catch (NotFoundException e) {
            Messages.error("report.notYours");
        } catch (IOException e) {
            Messages.error("report.rule.fileUnreadable");
        }
        return null;
    }

    /** Reads at most one byte over the limit, so an oversized upload is refused without reading it all. */
    private static byte[] read(Part part) throws IOException {
        if (part.getSize() > PdfFiles.MAX_BYTES) {
            throw new ReportRuleException("report.rule.fileTooLarge", PdfFiles.MAX_BYTES / (1024 * 1024));
        }
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(PdfFiles.MAX_BYTES + 1);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public List<AccountabilitySession> getLinkableSessions() {
        if (linkableSessions == null) {
            linkableSessions = reports.findLinkableSessions(currentUser.require());
        }
        return linkableSessions;
    }

    /** Agenda items of the sessions the report may be linked to. */
    public List<AgendaItem> getLinkableItems() {
        return getLinkableSessions().stream().flatMap(s -> s.getAgenda().stream()).toList();
    }

    public List<Dataset> getDatasets() {
        if (datasets == null) {
            datasets = catalog.findDatasets();
        }
        return datasets;
    }

    public boolean isNew() {
        return report == null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ManagementReport getReport() {
        return report;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public Long getAgendaItemId() {
        return agendaItemId;
    }

    public void setAgendaItemId(Long agendaItemId) {
        this.agendaItemId = agendaItemId;
    }

    public Long[] getDatasetIds() {
        return datasetIds.clone();
    }

    public void setDatasetIds(Long[] datasetIds) {
        this.datasetIds = datasetIds == null ? new Long[0] : datasetIds.clone();
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}

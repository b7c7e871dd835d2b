package co.gestionabierta.catalog.web;

import co.gestionabierta.account.CurrentUser;
import co.gestionabierta.catalog.ManagementReport;
import co.gestionabierta.catalog.ReportEditing;
import co.gestionabierta.web.Messages;
import co.gestionabierta.web.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;

/** A secretary's list of their department's reports and the form that edits one (?id=). */
@Named
@RequestScoped
public class ReportEditView {

    @Inject
    private CurrentUser currentUser;

    @EJB
    private ReportEditing reports;

    private String id;
    private ManagementReport report;
    private String title;
    private String summary;
    private List<ManagementReport> ownReports;

    public List<ManagementReport> getOwnReports() {
        if (ownReports == null) {
            ownReports = reports.findOwnReports(currentUser.require());
        }
        return ownReports;
    }

    /** Loads the report on every request, GET or form post, so a replayed id is checked again. */
    public void load() throws IOException {
        Long reportId = id != null && id.matches("[0-9]{1,18}") ? Long.valueOf(id) : null;
        try {
            report = reportId == null ? null : reports.findOwnReport(currentUser.require(), reportId);
        } catch (NotFoundException e) {
            report = null;
        }
        if (report == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
            return;
        }
        if (!FacesContext.getCurrentInstance().isPostback()) {
            title = report.getTitle();
            summary = report.getSummary();
        }
    }

    public void save() {
        if (report == null) {
            return;
        }
        try {
            reports.updateReport(currentUser.require(), report.getId(), title.strip(),
                    summary == null || summary.isBlank() ? null : summary.strip());
            Messages.info("report.saved");
        } catch (NotFoundException e) {
            Messages.error("report.notYours");
        }
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

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}

package co.gestionabierta.report.web;

import co.gestionabierta.report.SessionReport;
import co.gestionabierta.report.SessionReports;
import co.gestionabierta.web.Requests;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.IOException;

/** The public page of a session's report; the PDF next to it has the same content. */
@Named
@RequestScoped
public class SessionReportView {

    @EJB
    private SessionReports reports;

    private SessionReport report;

    @PostConstruct
    void init() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (id != null && id.matches("[0-9]{1,18}")) {
            report = reports.find(Long.parseLong(id)).orElse(null);
        }
    }

    public void load() throws IOException {
        if (report == null) {
            Requests.sendNotFound();
        }
    }

    public SessionReport getReport() {
        return report;
    }
}

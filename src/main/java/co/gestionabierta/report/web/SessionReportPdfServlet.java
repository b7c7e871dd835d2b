package co.gestionabierta.report.web;

import co.gestionabierta.catalog.CatalogRepository;
import co.gestionabierta.report.ReportPdf;
import co.gestionabierta.report.SessionReport;
import co.gestionabierta.report.SessionReports;
import co.gestionabierta.web.FileDownloads;
import co.gestionabierta.web.LanguageSelector;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Sends a session's report as PDF, in the reader's language ({@code lang=en} or the language chosen on the
 * site). The report of an open session is written on each request, so it always shows the latest answers.
 */
@WebServlet("/session-report.pdf")
public class SessionReportPdfServlet extends HttpServlet {

    @EJB
    private SessionReports reports;

    @EJB
    private CatalogRepository catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        Optional<SessionReport> report = id != null && id.matches("[0-9]{1,18}")
                ? reports.find(Long.parseLong(id)) : Optional.empty();
        if (report.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf = ReportPdf.write(report.get(), locale(request), catalog.findZone());
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", FileDownloads.contentDisposition(
                "informe-rendicion-de-cuentas-" + report.get().sessionId() + ".pdf").replace("attachment", "inline"));
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    private static Locale locale(HttpServletRequest request) {
        return "en".equals(request.getParameter("lang")) ? Locale.ENGLISH
                : LanguageSelector.localeOf(request.getSession(false));
    }
}

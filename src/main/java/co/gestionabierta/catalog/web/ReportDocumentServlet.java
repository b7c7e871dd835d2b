package co.gestionabierta.catalog.web;

import co.gestionabierta.catalog.CatalogRepository;
import co.gestionabierta.catalog.ManagementReport;
import co.gestionabierta.session.SessionStatus;
import co.gestionabierta.web.FileDownloads;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves a management report's PDF at /reports/{id}/document, under the name it was uploaded with.
 * Reports are public documents, except those linked to a session still in draft.
 */
@WebServlet("/reports/*")
public class ReportDocumentServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/([0-9]{1,18})/document");

    @EJB
    private CatalogRepository catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher matcher = PATH.matcher(String.valueOf(request.getPathInfo()));
        Optional<ManagementReport> report = matcher.matches()
                ? catalog.findReport(Long.parseLong(matcher.group(1))) : Optional.empty();
        if (report.isEmpty() || !report.get().isDocumentAvailable() || isDraft(report.get())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileDownloads.send(request, response, report.get().getFileSha256(), "application/pdf", report.get().getFileName(),
                "public, max-age=300", () -> catalog.findReportDocument(report.get().getId()));
    }

    private static boolean isDraft(ManagementReport report) {
        return report.getSession() != null && report.getSession().getStatus() == SessionStatus.DRAFT;
    }

    /** Builds the attachment header of a download; see {@link FileDownloads#contentDisposition}. */
    public static String contentDisposition(String fileName) {
        return FileDownloads.contentDisposition(fileName);
    }
}

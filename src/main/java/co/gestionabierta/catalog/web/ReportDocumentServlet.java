package co.gestionabierta.catalog.web;

import co.gestionabierta.catalog.CatalogRepository;
import co.gestionabierta.catalog.ManagementReport;
import co.gestionabierta.session.SessionStatus;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
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
        String etag = "\"" + report.get().getFileSha256() + "\"";
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        Optional<byte[]> content = catalog.findReportDocument(report.get().getId());
        if (content.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }

        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", contentDisposition(report.get().getFileName()));
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setContentLength(content.get().length);
        response.getOutputStream().write(content.get());
    }

    private static boolean isDraft(ManagementReport report) {
        return report.getSession() != null && report.getSession().getStatus() == SessionStatus.DRAFT;
    }

    /**
     * An attachment header that keeps accents for every current browser (RFC 6266 filename*) and gives
     * older clients an ASCII name without them.
     */
    public static String contentDisposition(String fileName) {
        String ascii = Normalizer.normalize(fileName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7E]", "_")
                .replace("\\", "_")
                .replace("\"", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded.replace("*", "%2A");
    }
}

package co.gestionabierta.commitment.web;

import co.gestionabierta.web.FileDownloads;
import co.gestionabierta.commitment.CommitmentRepository;
import co.gestionabierta.commitment.Evidence;
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
 * Serves an evidence file at /evidence/{id} under the name it was uploaded with. Evidence is public, like
 * the commitment it supports; it never changes, so its checksum is its ETag.
 */
@WebServlet("/evidence/*")
public class EvidenceServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/([0-9]{1,18})");

    @EJB
    private CommitmentRepository commitments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher matcher = PATH.matcher(String.valueOf(request.getPathInfo()));
        Optional<Evidence> evidence = matcher.matches()
                ? commitments.findEvidenceFile(Long.parseLong(matcher.group(1))) : Optional.empty();
        if (evidence.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileDownloads.send(request, response, evidence.get().getSha256(), evidence.get().getContentType(),
                evidence.get().getFileName(), "public, max-age=86400, immutable",
                () -> Optional.ofNullable(evidence.get().getContent()));
    }
}

package co.gestionabierta.opendata;

import co.gestionabierta.catalog.CatalogRepository;
import co.gestionabierta.commitment.CommitmentRepository;
import co.gestionabierta.commitment.CommitmentUpdate;
import co.gestionabierta.question.QuestionRepository;
import co.gestionabierta.session.SessionRepository;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Public lists as open data (Ley 1712 de 2014): /opendata/{sessions,questions,commitments,commitment-updates}
 * as .csv or .json. No personal data is exported: neither authors' names nor their e-mails, nor the
 * officials who wrote an update (the department speaks for it).
 * Column names are Spanish unless ?lang=en requests English.
 */
@WebServlet("/opendata/*")
public class OpenDataServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/(sessions|questions|commitments|commitment-updates)\\.(csv|json)");

    @EJB
    private SessionRepository sessions;

    @EJB
    private QuestionRepository questions;

    @EJB
    private CatalogRepository catalog;

    @EJB
    private CommitmentRepository commitments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher matcher = PATH.matcher(String.valueOf(request.getPathInfo()));
        if (!matcher.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale locale = "en".equals(request.getParameter("lang")) ? Locale.ENGLISH : Locale.forLanguageTag("es-CO");
        ZoneId zone = catalog.findZone();
        Table table = switch (matcher.group(1)) {
            case "sessions" -> OpenDataTables.sessions(sessions.findPublicForExport(), zone, locale);
            case "questions" -> OpenDataTables.questions(questions.findPublishedForExport(), zone, locale);
            case "commitments" -> OpenDataTables.commitments(commitments.findAllForExport(), zone, locale);
            default -> {
                List<CommitmentUpdate> updates = commitments.findAllUpdatesForExport();
                yield OpenDataTables.commitmentUpdates(updates,
                        commitments.evidenceOf(updates.stream().map(CommitmentUpdate::getId).toList()), zone, locale);
            }
        };

        byte[] body = matcher.group(2).equals("csv") ? table.toCsv() : table.toJson();
        response.setContentType(matcher.group(2).equals("csv") ? "text/csv; charset=UTF-8" : "application/json; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + matcher.group(1) + "." + matcher.group(2) + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}

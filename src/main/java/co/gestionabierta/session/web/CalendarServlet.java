package co.gestionabierta.session.web;

import co.gestionabierta.catalog.CatalogRepository;
import co.gestionabierta.notification.Mailer;
import co.gestionabierta.session.AccountabilitySession;
import co.gestionabierta.session.SessionCalendar;
import co.gestionabierta.session.SessionRepository;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * iCalendar files: /calendar/sessions.ics contains every upcoming published session, and
 * /calendar/session-{id}.ics one public session.
 */
@WebServlet("/calendar/*")
public class CalendarServlet extends HttpServlet {

    private static final Pattern ONE = Pattern.compile("/session-([0-9]{1,18})\\.ics");

    @EJB
    private SessionRepository sessions;

    @EJB
    private CatalogRepository catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ZoneId zone = catalog.findZone();
        String path = String.valueOf(request.getPathInfo());
        List<AccountabilitySession> selected;
        String fileName;
        Matcher one = ONE.matcher(path);
        if (path.equals("/sessions.ics")) {
            selected = sessions.findUpcoming(LocalDate.now(zone));
            fileName = "sesiones.ics";
        } else if (one.matches()) {
            Optional<AccountabilitySession> session = sessions.findPublicWithDetails(Long.parseLong(one.group(1)));
            if (session.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            selected = List.of(session.get());
            fileName = "sesion-" + session.get().getId() + ".ics";
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }

        String baseUrl = Mailer.publicUrl();
        byte[] body = SessionCalendar.write(selected, zone, baseUrl, URI.create(baseUrl).getHost())
                .getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}

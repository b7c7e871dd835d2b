package co.gestionabierta.session.web;

import co.gestionabierta.account.CurrentUser;
import co.gestionabierta.account.UserAccount;
import co.gestionabierta.account.web.LoginView;
import co.gestionabierta.notification.Follow;
import co.gestionabierta.notification.Notifications;
import co.gestionabierta.question.QuestionRuleException;
import co.gestionabierta.question.QuestionService;
import co.gestionabierta.session.SessionRepository;
import co.gestionabierta.web.FormTokens;
import co.gestionabierta.web.LanguageSelector;
import co.gestionabierta.web.NotFoundException;
import co.gestionabierta.web.Notices;
import co.gestionabierta.web.PageCache;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The buttons of a session page for a signed-in citizen: support or follow a question, follow or stop
 * following the session. Each post carries the session's form token and the page to return to; the
 * result is a message on that page. A post after the session expired leads to the sign-in page, which
 * returns to the same page.
 */
@WebServlet("/actions")
public class ReaderActionServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ReaderActionServlet.class);

    @Inject
    private CurrentUser currentUser;

    @EJB
    private QuestionService questions;

    @EJB
    private Notifications notifications;

    @Inject
    private SessionRepository sessions;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String from = request.getParameter("from");
        String back = LoginView.isSafeReturn(from) ? from : "/";
        HttpSession session = request.getSession(false);
        if (session == null || currentUser.account().isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/login.xhtml?from=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
            return;
        }
        if (!FormTokens.matches(request) || !currentUser.hasRole("CITIZEN")) {
            LOG.infof("Rejected a reader action of account %d: form token missing or invalid, or not a citizen",
                    currentUser.require().getId());
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }

        Long questionId = SessionView.parseId(request.getParameter("question"));
        Long sessionId = SessionView.parseId(request.getParameter("session"));
        UserAccount citizen = currentUser.require();
        Locale locale = LanguageSelector.localeOf(session);
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);

        try {
            if (request.getParameter("support") != null && questionId != null) {
                boolean added = questions.supportQuestion(citizen, questionId);
                if (added) {
                    // The page the reader returns to shows the new count only after the version is read again.
                    PageCache.contentChanged();
                }
                Notices.info(session, bundle.getString(added ? "question.supported" : "question.supportedAlready"));
            } else if (request.getParameter("follow") != null && questionId != null) {
                questions.followQuestion(citizen, questionId);
                Notices.info(session, bundle.getString("question.followed"));
            } else if (request.getParameter("follow-session") != null && isPublic(sessionId)) {
                notifications.follow(citizen, Follow.Target.SESSION, sessionId);
                Notices.info(session, bundle.getString("session.followed"));
            } else if (request.getParameter("unfollow-session") != null && sessionId != null) {
                notifications.unfollow(citizen, Follow.Target.SESSION, sessionId);
                Notices.info(session, bundle.getString("session.unfollowed"));
            } else {
                LOG.infof("Rejected a reader action of account %d: no known button or id", citizen.getId());
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
        } catch (QuestionRuleException e) {
            Notices.error(session, e.getArguments().length == 0 ? bundle.getString(e.getMessageKey())
                    : new MessageFormat(bundle.getString(e.getMessageKey()), locale).format(e.getArguments()));
        } catch (NotFoundException e) {
            Notices.error(session, bundle.getString("question.gone"));
        }

        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + back);
    }

    private boolean isPublic(Long sessionId) {
        return sessionId != null && sessions.findPublicWithDetails(sessionId).isPresent();
    }
}

package co.gestionabierta.account.web;

import co.gestionabierta.web.FormTokens;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * The header's sign-out form: ends the login and the HTTP session, then shows the home page. The form
 * carries the session's form token, so another site cannot sign a reader out. A post after the session
 * expired has no login to end and also goes to the home page.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            if (!FormTokens.matches(request)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            request.logout();
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/");
    }
}

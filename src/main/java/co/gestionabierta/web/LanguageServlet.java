package co.gestionabierta.web;

import co.gestionabierta.account.web.LoginView;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Switches the reader's language (/language?lang=en&from=/session.xhtml?id=4) and returns to the page,
 * which must be a page of this site. Any language other than "en" is Spanish.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String language = "en".equals(request.getParameter("lang")) ? "en" : "es";
        request.getSession(true).setAttribute(LanguageSelector.ATTRIBUTE, language);
        String from = request.getParameter("from");
        response.sendRedirect(request.getContextPath() + (LoginView.isSafeReturn(from) ? from : "/"));
    }
}

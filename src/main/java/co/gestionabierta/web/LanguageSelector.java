package co.gestionabierta.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

import java.util.Locale;

/**
 * The reader's language: Spanish (Colombia) unless they switched to English. The choice is a session
 * attribute written by {@link LanguageServlet}; reading it never creates a session, so an anonymous
 * visitor's pages stay free of cookies and can be served from the {@link PageCache}.
 */
@Named
@RequestScoped
public class LanguageSelector {

    public static final Locale DEFAULT = Locale.forLanguageTag("es-CO");
    static final String ATTRIBUTE = "ga.language";

    public Locale getLocale() {
        return "en".equals(chosen()) ? Locale.ENGLISH : DEFAULT;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    private static String chosen() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Object session = faces == null ? null : faces.getExternalContext().getSession(false);
        return session instanceof HttpSession http ? (String) http.getAttribute(ATTRIBUTE) : null;
    }

    /** Returns whether the reader of this session chose English; false without a session. */
    public static boolean isEnglish(HttpSession session) {
        return session != null && "en".equals(session.getAttribute(ATTRIBUTE));
    }

    /** Returns the language chosen in a session, for code outside Faces: Spanish unless English was chosen. */
    public static Locale localeOf(HttpSession session) {
        return isEnglish(session) ? Locale.ENGLISH : DEFAULT;
    }

    /** Returns the address that switches to the language and comes back to the current page. */
    public String link(String language) {
        FacesContext faces = FacesContext.getCurrentInstance();
        jakarta.servlet.http.HttpServletRequest request =
                (jakarta.servlet.http.HttpServletRequest) faces.getExternalContext().getRequest();
        String path = request.getServletPath() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return request.getContextPath() + "/language?lang=" + language + "&from="
                + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8);
    }
}

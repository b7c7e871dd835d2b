package co.gestionabierta.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;

/** The reader's language: Spanish (Colombia) unless they switch to English. */
@Named
@SessionScoped
public class LanguageSelector implements Serializable {

    public static final Locale DEFAULT = Locale.forLanguageTag("es-CO");
    private static final Locale ENGLISH = Locale.ENGLISH;

    private Locale locale = DEFAULT;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Switches to the given language ("es" or "en"); anything else keeps the current one. */
    public void select(String language) {
        if ("en".equals(language)) {
            locale = ENGLISH;
        } else if ("es".equals(language)) {
            locale = DEFAULT;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null) {
            faces.getViewRoot().setLocale(locale);
        }
    }
}

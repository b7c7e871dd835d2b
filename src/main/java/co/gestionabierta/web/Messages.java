package co.gestionabierta.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Adds page messages taken from the message bundle in the reader's language. */
public final class Messages {

    private Messages() {
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** Adds a message that survives the redirect after a successful post. */
    public static void flashInfo(String key, Object... arguments) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /** Adds an error that survives the redirect after a post. */
    public static void flashError(String key, Object... arguments) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle("messages", faces.getViewRoot().getLocale());
        String pattern = bundle.getString(key);
        // Only texts with arguments go through MessageFormat, so the others may contain plain apostrophes.
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
    }

    private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = text(key, arguments);
        faces.addMessage(null, new FacesMessage(severity, text, text));
    }
}

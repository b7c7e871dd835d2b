package co.gestionabierta.web;

import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Messages kept in the reader's session until the next page shows them, such as "Su apoyo quedó
 * registrado." after a support. Unlike Faces' flash they need no cookie, so the page after the action
 * can still come from the {@link PageCache}.
 */
public final class Notices {

    private static final String ATTRIBUTE = "ga.notices";

    /** A message with its severity, "info" or "error", and its text in the reader's language. */
    public record Notice(String severity, String text) implements Serializable {
    }

    private Notices() {
    }

    public static void info(HttpSession session, String text) {
        add(session, new Notice("info", text));
    }

    public static void error(HttpSession session, String text) {
        add(session, new Notice("error", text));
    }

    private static void add(HttpSession session, Notice notice) {
        synchronized (session) {
            List<Notice> notices = pending(session);
            // A double click leaves one message, not two.
            if (!notices.contains(notice)) {
                notices.add(notice);
                session.setAttribute(ATTRIBUTE, notices);
            }
        }
    }

    /** Returns the messages waiting for the reader and forgets them. */
    static List<Notice> take(HttpSession session) {
        if (session == null) {
            return List.of();
        }
        synchronized (session) {
            List<Notice> notices = pending(session);
            if (!notices.isEmpty()) {
                session.removeAttribute(ATTRIBUTE);
            }
            return notices;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Notice> pending(HttpSession session) {
        Object stored = session.getAttribute(ATTRIBUTE);
        return stored instanceof List<?> list ? new ArrayList<>((List<Notice>) list) : new ArrayList<>();
    }
}

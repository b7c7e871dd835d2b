package co.gestionabierta.session;

/** The stage of a session: planned, being held, or closed. */
public enum SessionStatus {
    PLANNED,
    LIVE,
    CLOSED
}

package co.gestionabierta.session;

/** Where a session is in its life: planned, being held, or closed. */
public enum SessionStatus {
    PLANNED,
    LIVE,
    CLOSED
}

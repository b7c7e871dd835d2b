package co.gestionabierta.session;

/**
 * The stage of a session. A session moves forward only: a draft is published (scheduled), goes live,
 * then owes written answers, and is finally closed.
 */
public enum SessionStatus {
    /** Being planned by moderators; not public. */
    DRAFT,
    /** Published, with its question window; not yet held. */
    SCHEDULED,
    /** Being held now. */
    LIVE,
    /** Held; the departments owe written answers. */
    ANSWERING,
    /** Held and every question answered or explained. */
    CLOSED;

    public boolean isPublic() {
        return this != DRAFT;
    }
}

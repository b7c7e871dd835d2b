package co.gestionabierta.session;

/** When a session's questions are moderated. */
public enum ModerationMode {
    /** A question is public once a moderator approves it. */
    BEFORE,
    /** A question is public at once; a moderator may still reject it. */
    AFTER
}

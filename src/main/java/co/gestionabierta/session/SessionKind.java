package co.gestionabierta.session;

/** How often or why a session is held. */
public enum SessionKind {
    /** One quarter (trimestre) of a fiscal year. */
    QUARTERLY,
    /** A whole fiscal year (vigencia). */
    YEARLY,
    /** The closing hearing of a four-year term of government. */
    TERM,
    /** A single topic, such as security or a public work. */
    THEMATIC
}

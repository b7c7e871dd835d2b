package co.gestionabierta.account;

/** An account can sign in only when ACTIVE: a new citizen's is PENDING until the e-mail link is followed. */
public enum AccountStatus {
    PENDING,
    ACTIVE,
    DISABLED,
    /** Deleted by its owner: personal data removed, authored public content kept anonymously. */
    DELETED
}

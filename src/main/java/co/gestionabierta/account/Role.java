package co.gestionabierta.account;

/** A person's role, which decides what they may do. The names are the Jakarta Security group names. */
public enum Role {
    CITIZEN,
    SECRETARY,
    MODERATOR,
    ADMINISTRATOR
}

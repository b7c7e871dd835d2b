package co.gestionabierta.account;

/** What a person may do; the names are the Jakarta Security group names. */
public enum Role {
    CITIZEN,
    SECRETARY,
    MODERATOR,
    ADMINISTRATOR
}

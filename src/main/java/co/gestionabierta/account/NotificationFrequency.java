package co.gestionabierta.account;

/** How a citizen receives the e-mails about what they follow. */
public enum NotificationFrequency {
    /** One e-mail for every change, as soon as the outbox sends it. */
    IMMEDIATE,
    /** One e-mail a day that gathers the day's changes. */
    DAILY
}

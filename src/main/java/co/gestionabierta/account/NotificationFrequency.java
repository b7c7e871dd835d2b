package co.gestionabierta.account;

/** Delivery rhythm of the e-mails about what a citizen follows. */
public enum NotificationFrequency {
    /** One e-mail for every change, as soon as the outbox sends it. */
    IMMEDIATE,
    /** One e-mail a day that gathers the day's changes. */
    DAILY
}

package co.gestionabierta.question;

/** Moderation state of a citizen question; only published questions are public. */
public enum QuestionStatus {
    PENDING,
    PUBLISHED,
    REJECTED
}

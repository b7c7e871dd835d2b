package co.gestionabierta.question;

/** Moderation state of a citizen question; only published questions are public. */
public enum QuestionStatus {
    /** Waiting for a moderator, in sessions moderated before publication. */
    PENDING,
    PUBLISHED,
    /** Rejected with a reason; its text is never public. */
    REJECTED,
    /** A duplicate folded into another question, which keeps its supports. */
    MERGED
}

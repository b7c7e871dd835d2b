package co.gestionabierta.commitment;

/** Progress state of a commitment as shown in the public feed. */
public enum CommitmentStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED,
    OVERDUE,
    CANCELLED
}

package co.gestionabierta.commitment;

/** State of a commitment as its responsible department reports it. Overdue is computed from the due date. */
public enum CommitmentStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED,
    DELAYED,
    CANCELLED;

    /** Returns whether the commitment is finished, one way or the other, and takes no more progress updates. */
    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED;
    }
}

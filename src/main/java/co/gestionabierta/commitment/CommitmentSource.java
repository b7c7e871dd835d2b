package co.gestionabierta.commitment;

/** The origin of a commitment. */
public enum CommitmentSource {
    /** Promised during an accountability session or in a response to a question. */
    SESSION,
    /** A local commitment of the Open Government Partnership action plan. */
    OGP
}

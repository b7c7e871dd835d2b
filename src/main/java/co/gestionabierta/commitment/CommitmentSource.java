package co.gestionabierta.commitment;

/** The origin of a commitment. */
public enum CommitmentSource {
    /** Promised during an accountability session. */
    SESSION,
    /** Promised in the official response to a citizen's question. */
    RESPONSE,
    /** A goal of the development plan. */
    PLAN,
    /** A local commitment of the Open Government Partnership action plan. */
    OGP;

    /** Returns whether a secretary creates commitments of this origin; an administrator creates the others. */
    public boolean isSecretarys() {
        return this == SESSION || this == RESPONSE;
    }
}

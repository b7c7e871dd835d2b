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

    /** Whether a secretary creates commitments of this origin; the other origins are an administrator's. */
    public boolean isSecretarys() {
        return this == SESSION || this == RESPONSE;
    }
}

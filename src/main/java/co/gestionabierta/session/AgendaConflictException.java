package co.gestionabierta.session;

import jakarta.ejb.ApplicationException;

/** Someone changed the agenda after the editor loaded it; the edit is refused and nothing is written. */
@ApplicationException(rollback = true)
public class AgendaConflictException extends RuntimeException {

    public AgendaConflictException(Long sessionId, long seenRevision, long currentRevision) {
        super("Agenda of session " + sessionId + " is at revision " + currentRevision + ", the editor saw "
                + seenRevision);
    }
}

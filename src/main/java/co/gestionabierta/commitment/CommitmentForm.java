package co.gestionabierta.commitment;

import java.time.LocalDate;
import java.util.List;

/**
 * Fields a secretary or an administrator enters to create a commitment. A secretary's commitment comes
 * from a session (sessionId) or from the response to a question (questionId) and belongs to their
 * department. An administrator's is a plan or OGP commitment of the department they choose.
 */
public record CommitmentForm(String title, String description, CommitmentSource source, Long departmentId,
                             String reference, Long sessionId, Long questionId, LocalDate startsOn, LocalDate dueOn,
                             List<MilestonePlan> milestones, String submissionKey) {

    /** A milestone to create with the commitment. */
    public record MilestonePlan(String title, LocalDate dueOn) {
    }

    public CommitmentForm {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }
}

package co.gestionabierta.commitment;

import co.gestionabierta.catalog.Department;
import co.gestionabierta.catalog.DepartmentKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommitmentTest {

    private static final Instant CREATED = Instant.parse("2026-03-02T14:00:00Z");
    private static final Instant LATER = Instant.parse("2026-05-04T15:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 4);

    private static Commitment commitment() {
        return new Commitment(null, "Pavimentar la vía a Pasacaballos", new Department("SID", "Secretaría de Infraestructura",
                DepartmentKind.SECRETARIAT), CommitmentSource.SESSION, null, LocalDate.of(2026, 12, 31), CREATED);
    }

    private static String rule(Runnable action) {
        return assertThrows(CommitmentRuleException.class, action::run).getMessageKey();
    }

    @Test
    void creationStartsTheHistoryNotStarted() {
        Commitment commitment = commitment();
        CommitmentUpdate created = commitment.created("Descripción", null);

        assertEquals(CommitmentUpdate.Kind.CREATED, created.getKind());
        assertEquals(CommitmentStatus.NOT_STARTED, created.getStatus());
        assertEquals(0, created.getProgressPercent());
        assertEquals(CREATED, created.getCreatedAt());
        assertFalse(created.isStatusChanged());
    }

    @Test
    void updateRecordsBeforeAndAfter() {
        Commitment commitment = commitment();

        CommitmentUpdate update = commitment.report(CommitmentStatus.IN_PROGRESS, 35, "Inició la obra.", null, null, LATER, TODAY);

        assertEquals(CommitmentStatus.NOT_STARTED, update.getPreviousStatus());
        assertEquals(0, update.getPreviousProgress());
        assertEquals(CommitmentStatus.IN_PROGRESS, update.getStatus());
        assertEquals(35, update.getProgressPercent());
        assertTrue(update.isStatusChanged());
        assertEquals(LATER, commitment.getLastChangedAt());
        assertEquals(35, commitment.getProgressPercent());
        assertNull(commitment.getResult());
    }

    @Test
    void completionNeedsFullProgress() {
        Commitment commitment = commitment();

        assertEquals("commitment.rule.completedNeedsFull",
                rule(() -> commitment.report(CommitmentStatus.COMPLETED, 90, "Casi.", null, null, LATER, TODAY)));
        assertEquals("commitment.rule.fullNeedsCompleted",
                rule(() -> commitment.report(CommitmentStatus.IN_PROGRESS, 100, "Todo.", null, null, LATER, TODAY)));
        commitment.report(CommitmentStatus.COMPLETED, 100, "Se entregó la vía.", null, null, LATER, TODAY);

        assertEquals("Se entregó la vía.", commitment.getResult());
        assertEquals("commitment.rule.finished",
                rule(() -> commitment.report(CommitmentStatus.IN_PROGRESS, 50, "Otra vez.", null, null, LATER, TODAY)));
    }

    @Test
    void progressOutsideRangeRejected() {
        Commitment commitment = commitment();

        assertEquals("commitment.rule.progressRange",
                rule(() -> commitment.report(CommitmentStatus.IN_PROGRESS, 101, "Texto.", null, null, LATER, TODAY)));
        assertEquals("commitment.rule.progressRange",
                rule(() -> commitment.report(CommitmentStatus.IN_PROGRESS, -1, "Texto.", null, null, LATER, TODAY)));
        assertEquals("commitment.rule.notStartedWithProgress",
                rule(() -> commitment.report(CommitmentStatus.NOT_STARTED, 5, "Texto.", null, null, LATER, TODAY)));
        assertEquals(CommitmentStatus.NOT_STARTED, commitment.getStatus());
        assertEquals(CREATED, commitment.getLastChangedAt());
    }

    @Test
    void milestoneOfOtherCommitmentRejected() {
        Commitment commitment = commitment();
        commitment.addMilestone("Diseños aprobados", LocalDate.of(2026, 6, 30));

        assertEquals("commitment.rule.milestoneUnknown",
                rule(() -> commitment.report(CommitmentStatus.IN_PROGRESS, 10, "Texto.", 999L, null, LATER, TODAY)));
        assertEquals(1, commitment.getMilestones().get(0).getPosition());
    }

    @Test
    void overdueAfterTheDueDateUnlessFinished() {
        Commitment commitment = commitment();

        assertFalse(commitment.isOverdue(LocalDate.of(2026, 12, 31)));
        assertTrue(commitment.isOverdue(LocalDate.of(2027, 1, 1)));
        commitment.report(CommitmentStatus.CANCELLED, 0, "Se canceló por falta de recursos.", null, null, LATER, TODAY);
        assertFalse(commitment.isOverdue(LocalDate.of(2027, 1, 1)));
    }
}

package co.gestionabierta.question;

import co.gestionabierta.catalog.Department;
import co.gestionabierta.catalog.DepartmentKind;
import co.gestionabierta.session.AccountabilitySession;
import co.gestionabierta.session.SessionKind;
import co.gestionabierta.session.SessionStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuestionTest {

    private static final Instant NOW = Instant.parse("2026-03-20T15:00:00Z");
    private static final LocalDate DUE = LocalDate.of(2026, 4, 15);
    private static final LocalDate LATEST = LocalDate.of(2026, 5, 8);

    private static Question published() {
        AccountabilitySession session = new AccountabilitySession("Sesión", SessionKind.QUARTERLY, 2026, 1,
                LocalDate.of(2026, 3, 20), null, SessionStatus.ANSWERING);
        Question question = new Question(session, new Department("SED", "Secretaría de Educación",
                DepartmentKind.SECRETARIAT), null, "¿Cuándo abre el colegio?", QuestionStatus.PUBLISHED, false, NOW);
        question.owe(DUE);
        return question;
    }

    @Test
    void approvalNeedsDepartment() {
        AccountabilitySession session = new AccountabilitySession("Sesión", SessionKind.QUARTERLY, 2026, 1,
                LocalDate.of(2026, 3, 20), null, SessionStatus.SCHEDULED);
        Question question = new Question(session, null, null, "¿Quién responde esto?", QuestionStatus.PENDING, false, NOW);

        QuestionRuleException e = assertThrows(QuestionRuleException.class, () -> question.approve(NOW));

        assertEquals("question.rule.departmentRequired", e.getMessageKey());
        assertEquals(QuestionStatus.PENDING, question.getStatus());
    }

    @Test
    void deadlineExtendsOnceBeforeExpiry() {
        Question question = published();

        question.extendDeadline(LocalDate.of(2026, 4, 29), "Inventario pendiente", LocalDate.of(2026, 4, 10), LATEST, NOW);

        assertEquals(LocalDate.of(2026, 4, 29), question.getAnswerDueOn());
        assertTrue(question.isExtended());
        assertEquals("question.rule.extendedAlready", assertThrows(QuestionRuleException.class,
                () -> question.extendDeadline(LocalDate.of(2026, 5, 6), "Otra vez", LocalDate.of(2026, 4, 10), LATEST, NOW))
                .getMessageKey());
    }

    @Test
    void expiredDeadlineCannotExtend() {
        Question question = published();

        QuestionRuleException e = assertThrows(QuestionRuleException.class, () ->
                question.extendDeadline(LocalDate.of(2026, 4, 29), "Tarde", LocalDate.of(2026, 4, 16), LATEST, NOW));

        assertEquals("question.rule.deadlinePassed", e.getMessageKey());
        assertEquals(DUE, question.getAnswerDueOn());
    }

    @Test
    void extensionBeyondDoubleTermIsRejected() {
        Question question = published();

        QuestionRuleException e = assertThrows(QuestionRuleException.class, () ->
                question.extendDeadline(LATEST.plusDays(1), "Mucho", LocalDate.of(2026, 4, 1), LATEST, NOW));

        assertEquals("question.rule.extensionRange", e.getMessageKey());
    }

    @Test
    void overdueAfterDueDateOnly() {
        Question question = published();

        assertFalse(question.isOverdueOn(DUE));
        assertTrue(question.isOverdueOn(DUE.plusDays(1)));
    }

    @Test
    void mergeIntoItselfIsRejected() {
        Question question = published();

        QuestionRuleException e = assertThrows(QuestionRuleException.class, () -> question.mergeInto(question, NOW));

        assertEquals("question.rule.mergeTarget", e.getMessageKey());
    }
}

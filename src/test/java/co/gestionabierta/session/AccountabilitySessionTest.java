package co.gestionabierta.session;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountabilitySessionTest {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 18);
    private static final Instant OPEN = Instant.parse("2026-12-01T13:00:00Z");
    private static final Instant CLOSE = Instant.parse("2026-12-18T17:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-18T14:05:00Z");

    private static AccountabilitySession draft(LocalTime start, Instant open, Instant close) {
        AccountabilitySession session = new AccountabilitySession("Rendición trimestral 2026-T4", SessionKind.QUARTERLY,
                2026, 4, DAY, "Centro de Convenciones", SessionStatus.DRAFT);
        session.plan(new SessionPlan("Rendición trimestral 2026-T4", SessionKind.QUARTERLY, 2026, 4, DAY, start,
                "Centro de Convenciones", null, null, open, close, null), List.of());
        return session;
    }

    private static List<String> titles(AccountabilitySession session) {
        return session.getAgenda().stream().map(AgendaItem::getTitle).toList();
    }

    @Test
    void publishNeedsStartTime() {
        AccountabilitySession session = draft(null, OPEN, CLOSE);

        SessionRuleException e = assertThrows(SessionRuleException.class, session::publish);

        assertEquals("session.rule.startTimeRequired", e.getMessageKey());
        assertEquals(SessionStatus.DRAFT, session.getStatus());
    }

    @Test
    void publishNeedsQuestionWindow() {
        AccountabilitySession session = draft(LocalTime.of(9, 0), null, null);

        SessionRuleException e = assertThrows(SessionRuleException.class, session::publish);

        assertEquals("session.rule.questionWindowRequired", e.getMessageKey());
    }

    @Test
    void goLiveWithoutAgendaIsRejected() {
        AccountabilitySession session = draft(LocalTime.of(9, 0), OPEN, CLOSE);
        session.publish();

        SessionRuleException e = assertThrows(SessionRuleException.class, () -> session.goLive(NOW));

        assertEquals("session.rule.agendaRequired", e.getMessageKey());
        assertEquals(SessionStatus.SCHEDULED, session.getStatus());
    }

    @Test
    void lifecycleMovesForwardOnly() {
        AccountabilitySession session = draft(LocalTime.of(9, 0), OPEN, CLOSE);
        AgendaItem first = session.appendAgendaItem("Instalación", null, 10);
        AgendaItem second = session.appendAgendaItem("Informe de Educación", null, 20);

        session.publish();
        session.goLive(NOW);

        assertEquals(SessionStatus.LIVE, session.getStatus());
        assertSame(first, session.getCurrentItem());
        assertSame(second, session.getNextItem());
        assertEquals("session.rule.wrongStatus.DRAFT",
                assertThrows(SessionRuleException.class, session::publish).getMessageKey());

        session.showItem(second, NOW.plusSeconds(60));
        assertSame(second, session.getCurrentItem());
        assertNull(session.getNextItem());
        assertEquals(NOW.plusSeconds(60), session.getLiveChangedAt());

        session.endLive(NOW.plusSeconds(3600));
        assertEquals(SessionStatus.ANSWERING, session.getStatus());
        assertNull(session.getCurrentItem());
        assertFalse(session.isAgendaEditable());
    }

    @Test
    void closeWithUnexplainedQuestionsIsRejected() {
        AccountabilitySession session = draft(LocalTime.of(9, 0), OPEN, CLOSE);
        session.appendAgendaItem("Instalación", null, 10);
        session.publish();
        session.goLive(NOW);
        session.endLive(NOW);

        SessionRuleException e = assertThrows(SessionRuleException.class, () -> session.close(2));

        assertEquals("session.rule.unansweredQuestions", e.getMessageKey());
        assertEquals(List.of(2L), Arrays.asList(e.getArguments()));
        session.close(0);
        assertEquals(SessionStatus.CLOSED, session.getStatus());
    }

    @Test
    void agendaStartTimesFollowDurations() {
        AccountabilitySession session = draft(LocalTime.of(9, 0), OPEN, CLOSE);
        session.appendAgendaItem("Instalación", null, 10);
        session.appendAgendaItem("Informe de Educación", null, 25);
        session.appendAgendaItem("Diálogo ciudadano", null, 45);

        assertEquals(List.of(LocalTime.of(9, 0), LocalTime.of(9, 10), LocalTime.of(9, 35)),
                session.getAgendaStartTimes());
        assertEquals(80, session.getAgendaMinutes());
    }

    @Test
    void agendaStartTimesStopAtUnknownDuration() {
        AccountabilitySession session = draft(LocalTime.of(9, 0), OPEN, CLOSE);
        session.appendAgendaItem("Instalación", null, null);
        session.appendAgendaItem("Informe de Educación", null, 25);

        assertEquals(Arrays.asList(LocalTime.of(9, 0), null), session.getAgendaStartTimes());
        assertNull(session.getAgendaMinutes());
    }

    @Test
    void moveAgendaItemRenumbers() {
        AccountabilitySession session = draft(LocalTime.of(9, 0), OPEN, CLOSE);
        AgendaItem a = session.appendAgendaItem("A", null, 10);
        session.appendAgendaItem("B", null, 10);
        AgendaItem c = session.appendAgendaItem("C", null, 10);

        session.moveAgendaItem(c, 1);
        assertEquals(List.of("C", "A", "B"), titles(session));
        assertEquals(List.of(1, 2, 3), session.getAgenda().stream().map(AgendaItem::getSortOrder).toList());

        session.moveAgendaItem(a, 99);
        assertEquals(List.of("C", "B", "A"), titles(session));
        assertEquals(3, a.getSortOrder());

        session.removeAgendaItem(c);
        assertEquals(List.of("B", "A"), titles(session));
        assertEquals(List.of(1, 2), session.getAgenda().stream().map(AgendaItem::getSortOrder).toList());
    }

    @Test
    void staleAgendaRevisionConflicts() {
        AccountabilitySession session = draft(LocalTime.of(9, 0), OPEN, CLOSE);

        session.reviseAgenda(0);

        assertEquals(1, session.getAgendaRevision());
        assertThrows(AgendaConflictException.class, () -> session.reviseAgenda(0));
        assertEquals(1, session.getAgendaRevision());
    }

    @Test
    void questionWindowBoundsAreHalfOpen() {
        AccountabilitySession session = draft(LocalTime.of(9, 0), OPEN, CLOSE);
        assertFalse(session.acceptsQuestionsAt(OPEN), "a draft accepts no questions");

        session.publish();

        assertFalse(session.acceptsQuestionsAt(OPEN.minusSeconds(1)));
        assertTrue(session.acceptsQuestionsAt(OPEN));
        assertTrue(session.acceptsQuestionsAt(CLOSE.minusSeconds(1)));
        assertFalse(session.acceptsQuestionsAt(CLOSE));
    }

    @Test
    void questionWindowEndingAfterSessionDayIsRejected() {
        SessionPlan plan = new SessionPlan("Sesión", SessionKind.QUARTERLY, 2026, 4, DAY, LocalTime.of(9, 0), null,
                null, null, OPEN, DAY.plusDays(1).atTime(0, 1).atZone(BOGOTA).toInstant(), null);

        SessionRuleException e = assertThrows(SessionRuleException.class, () -> SessionPlanning.validate(plan, BOGOTA));

        assertEquals("session.rule.questionWindowAfterSession", e.getMessageKey());
    }

    @Test
    void quarterlySessionNeedsQuarter() {
        SessionPlan plan = new SessionPlan("Sesión", SessionKind.QUARTERLY, 2026, null, DAY, LocalTime.of(9, 0), null,
                null, null, OPEN, CLOSE, null);

        SessionRuleException e = assertThrows(SessionRuleException.class, () -> SessionPlanning.validate(plan, BOGOTA));

        assertEquals("session.rule.quarterRequired", e.getMessageKey());
    }

    @Test
    void livestreamMustBeHttps() {
        SessionPlan plan = new SessionPlan("Sesión", SessionKind.THEMATIC, 2026, null, DAY, LocalTime.of(9, 0), null,
                "javascript:alert(1)", null, OPEN, CLOSE, null);

        SessionRuleException e = assertThrows(SessionRuleException.class, () -> SessionPlanning.validate(plan, BOGOTA));

        assertEquals("session.rule.livestreamHttps", e.getMessageKey());
    }
}

package co.gestionabierta.session;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionCalendarTest {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

    private static AccountabilitySession session(LocalTime start) {
        LocalDate day = LocalDate.of(2026, 12, 18);
        AccountabilitySession session = new AccountabilitySession("Rendición de cuentas 2026-T4: Educación y Salud",
                SessionKind.QUARTERLY, 2026, 4, day, "Centro de Convenciones, Cartagena", SessionStatus.DRAFT);
        session.plan(new SessionPlan(session.getTitle(), SessionKind.QUARTERLY, 2026, 4, day, start,
                session.getPlace(), null, "Avance del trimestre; preguntas de la ciudadanía.",
                Instant.parse("2026-12-01T13:00:00Z"), Instant.parse("2026-12-18T17:00:00Z"), null), List.of());
        session.appendAgendaItem("Instalación", null, 15);
        session.appendAgendaItem("Diálogo", null, 75);
        return session;
    }

    private static List<String> lines(String ics) {
        return List.of(ics.replace("\r\n ", "").split("\r\n"));
    }

    @Test
    void timedSessionCarriesBogotaZone() {
        String ics = SessionCalendar.write(List.of(session(LocalTime.of(9, 30))), BOGOTA, "https://rendicion.example",
                "rendicion.example");
        List<String> lines = lines(ics);

        assertEquals("BEGIN:VCALENDAR", lines.get(0));
        assertTrue(lines.contains("VERSION:2.0"), ics);
        assertTrue(lines.contains("TZID:America/Bogota"), ics);
        assertTrue(lines.contains("DTSTART;TZID=America/Bogota:20261218T093000"), ics);
        assertTrue(lines.contains("DTEND;TZID=America/Bogota:20261218T110000"), ics);
        assertTrue(lines.contains("SUMMARY:Rendición de cuentas 2026-T4: Educación y Salud"), ics);
        assertTrue(lines.contains("LOCATION:Centro de Convenciones\\, Cartagena"), ics);
        assertTrue(lines.contains("DESCRIPTION:Avance del trimestre\\; preguntas de la ciudadanía."), ics);
        assertTrue(lines.contains("UID:session-null@rendicion.example"), ics);
        assertTrue(lines.contains("URL:https://rendicion.example/session.xhtml?id=null"), ics);
        assertEquals("END:VCALENDAR", lines.get(lines.size() - 1));
    }

    @Test
    void sessionWithoutStartTimeIsAllDay() {
        String ics = SessionCalendar.write(List.of(session(null)), BOGOTA, "https://rendicion.example",
                "rendicion.example");
        List<String> lines = lines(ics);

        assertTrue(lines.contains("DTSTART;VALUE=DATE:20261218"), ics);
        assertTrue(lines.contains("DTEND;VALUE=DATE:20261219"), ics);
        assertEquals(0, lines.stream().filter(l -> l.equals("BEGIN:VTIMEZONE")).count(), ics);
    }
}

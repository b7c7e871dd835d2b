package co.gestionabierta.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The official holiday calendars of Colombia for 2025 to 2027, as published under Ley 51 de 1983. */
class ColombianHolidaysTest {

    private static List<LocalDate> dates(String... days) {
        return java.util.Arrays.stream(days).map(LocalDate::parse).toList();
    }

    @Test
    void holidays2025() {
        // San Pedro y San Pablo and Sagrado Corazón both fall on Monday 30 June 2025.
        assertEquals(dates("2025-01-01", "2025-01-06", "2025-03-24", "2025-04-17", "2025-04-18", "2025-05-01",
                "2025-06-02", "2025-06-23", "2025-06-30", "2025-07-20", "2025-08-07", "2025-08-18", "2025-10-13",
                "2025-11-03", "2025-11-17", "2025-12-08", "2025-12-25"), List.copyOf(ColombianHolidays.of(2025)));
    }

    @Test
    void holidays2026() {
        assertEquals(dates("2026-01-01", "2026-01-12", "2026-03-23", "2026-04-02", "2026-04-03", "2026-05-01",
                "2026-05-18", "2026-06-08", "2026-06-15", "2026-06-29", "2026-07-20", "2026-08-07", "2026-08-17",
                "2026-10-12", "2026-11-02", "2026-11-16", "2026-12-08", "2026-12-25"),
                List.copyOf(ColombianHolidays.of(2026)));
    }

    @Test
    void holidays2027() {
        assertEquals(dates("2027-01-01", "2027-01-11", "2027-03-22", "2027-03-25", "2027-03-26", "2027-05-01",
                "2027-05-10", "2027-05-31", "2027-06-07", "2027-07-05", "2027-07-20", "2027-08-07", "2027-08-16",
                "2027-10-18", "2027-11-01", "2027-11-15", "2027-12-08", "2027-12-25"),
                List.copyOf(ColombianHolidays.of(2027)));
    }

    @Test
    void easterSundays() {
        assertEquals(LocalDate.of(2025, 4, 20), ColombianHolidays.easterSunday(2025));
        assertEquals(LocalDate.of(2026, 4, 5), ColombianHolidays.easterSunday(2026));
        assertEquals(LocalDate.of(2027, 3, 28), ColombianHolidays.easterSunday(2027));
        assertEquals(LocalDate.of(2038, 4, 25), ColombianHolidays.easterSunday(2038));
    }

    @Test
    void weekendsAndHolidaysAreNotBusinessDays() {
        assertFalse(BusinessDays.isBusinessDay(LocalDate.of(2026, 4, 3)), "Viernes Santo");
        assertFalse(BusinessDays.isBusinessDay(LocalDate.of(2026, 4, 4)), "Saturday");
        assertFalse(BusinessDays.isBusinessDay(LocalDate.of(2026, 11, 16)), "Independencia de Cartagena, moved");
        assertTrue(BusinessDays.isBusinessDay(LocalDate.of(2026, 11, 11)), "11 November 2026 is a Wednesday at work");
    }

    @Test
    void deadlineAfterSessionBeforeHolyWeek() {
        // Friday 20 March 2026: San José (Monday 23), Holy Thursday and Good Friday are skipped.
        assertEquals(LocalDate.of(2026, 4, 15), BusinessDays.addBusinessDays(LocalDate.of(2026, 3, 20), 15));
        assertEquals(LocalDate.of(2027, 4, 14), BusinessDays.addBusinessDays(LocalDate.of(2027, 3, 19), 15));
    }

    @Test
    void deadlineAcrossYearEnd() {
        // Friday 19 December 2025: Christmas, New Year and Reyes (Monday 12 January 2026) are skipped.
        assertEquals(LocalDate.of(2026, 1, 14), BusinessDays.addBusinessDays(LocalDate.of(2025, 12, 19), 15));
    }

    @Test
    void betweenCountsBusinessDays() {
        assertEquals(15, BusinessDays.between(LocalDate.of(2025, 12, 19), LocalDate.of(2026, 1, 14)));
        assertEquals(0, BusinessDays.between(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 5)));
        assertEquals(0, BusinessDays.between(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 6)));
    }
}

package co.gestionabierta.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Colombia's public holidays (días festivos) under Ley 51 de 1983: six fixed dates; seven dates moved
 * to the following Monday when they fall on another day; Holy Thursday and Good Friday; and three
 * Easter-based feasts, also moved to Monday.
 */
public final class ColombianHolidays {

    private static final List<MonthDay> FIXED = List.of(
            MonthDay.of(1, 1),    // Año Nuevo
            MonthDay.of(5, 1),    // Día del Trabajo
            MonthDay.of(7, 20),   // Independencia
            MonthDay.of(8, 7),    // Batalla de Boyacá
            MonthDay.of(12, 8),   // Inmaculada Concepción
            MonthDay.of(12, 25)); // Navidad

    private static final List<MonthDay> MOVED_TO_MONDAY = List.of(
            MonthDay.of(1, 6),    // Reyes Magos
            MonthDay.of(3, 19),   // San José
            MonthDay.of(6, 29),   // San Pedro y San Pablo
            MonthDay.of(8, 15),   // Asunción de la Virgen
            MonthDay.of(10, 12),  // Día de la Raza
            MonthDay.of(11, 1),   // Todos los Santos
            MonthDay.of(11, 11)); // Independencia de Cartagena

    private ColombianHolidays() {
    }

    /** Returns the holidays of a year in date order. Two feasts may fall on the same Monday. */
    public static Set<LocalDate> of(int year) {
        Set<LocalDate> holidays = new TreeSet<>();
        FIXED.forEach(day -> holidays.add(day.atYear(year)));
        MOVED_TO_MONDAY.forEach(day -> holidays.add(nextMonday(day.atYear(year))));

        LocalDate easter = easterSunday(year);
        holidays.add(easter.minusDays(3));                // Jueves Santo
        holidays.add(easter.minusDays(2));                // Viernes Santo
        holidays.add(nextMonday(easter.plusDays(39)));    // Ascensión del Señor
        holidays.add(nextMonday(easter.plusDays(60)));    // Corpus Christi
        holidays.add(nextMonday(easter.plusDays(68)));    // Sagrado Corazón de Jesús
        return holidays;
    }

    public static boolean isHoliday(LocalDate day) {
        return of(day.getYear()).contains(day);
    }

    /** Returns Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm of Meeus). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static LocalDate nextMonday(LocalDate day) {
        return day.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }
}

package co.gestionabierta.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Business days (días hábiles): Monday to Friday, except Colombian public holidays. */
public final class BusinessDays {

    private BusinessDays() {
    }

    public static boolean isBusinessDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !ColombianHolidays.isHoliday(day);
    }

    /**
     * Returns the day on which a term of the given number of business days ends, counting from the day
     * after the start: a 15-day term after a session ends on the 15th business day after it.
     */
    public static LocalDate addBusinessDays(LocalDate start, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("A term has at least one business day, not " + days);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Counts the business days after start up to and including end; zero when end is not after start. */
    public static int between(LocalDate start, LocalDate end) {
        int count = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (isBusinessDay(day)) {
                count++;
            }
        }
        return count;
    }
}

package co.gestionabierta.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Formats dates and instants for the screens in the entity's time zone (America/Bogota for
 * Cartagena) and the reader's language, whatever the server JVM's default zone is.
 */
@Named
@ApplicationScoped
public class Dates {

    @Inject
    private Site site;

    /** Formats a calendar day in long form, such as "19 de diciembre de 2025". */
    public String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(day);
    }

    public String time(LocalTime time) {
        return time == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale()).format(time);
    }

    /** Formats an instant as a date and time in the entity's zone, such as "4 de diciembre de 2026, 2:48 p. m.". */
    public String dateTime(Instant instant) {
        return instant == null ? "" : format(instant, site.getZone(), locale());
    }

    /** Formats an instant's calendar day in the entity's zone, for the datetime attribute of a time element. */
    public String isoDate(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atZone(site.getZone()));
    }

    static String format(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone)
                .format(instant);
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? LanguageSelector.DEFAULT : faces.getViewRoot().getLocale();
    }
}

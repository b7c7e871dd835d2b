package co.gestionabierta.session;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes sessions as an iCalendar file. Events carry the entity's time zone (with its VTIMEZONE), so
 * a calendar in another zone shows the right local time; a session without a start time is an
 * all-day event.
 */
public final class SessionCalendar {

    /** Length given to a session whose agenda has no total duration. */
    static final Duration DEFAULT_LENGTH = Duration.ofHours(3);

    private SessionCalendar() {
    }

    /**
     * @param baseUrl public address of the application, without a trailing slash, for event links
     * @param host    host name that makes event UIDs unique across installations
     */
    public static String write(List<AccountabilitySession> sessions, ZoneId zone, String baseUrl, String host) {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        Calendar calendar = new Calendar()
                .add(new ProdId("-//Gestion Abierta//Rendicion de cuentas//ES"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(new Method("PUBLISH"));
        if (sessions.stream().anyMatch(s -> s.getStartsAt() != null)) {
            calendar.add(registry.getTimeZone(zone.getId()).getVTimeZone());
        }
        for (AccountabilitySession session : sessions) {
            calendar.add(event(session, zone, baseUrl, host));
        }

        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static VEvent event(AccountabilitySession session, ZoneId zone, String baseUrl, String host) {
        VEvent event;
        if (session.getStartsAt() == null) {
            event = new VEvent(session.getHeldOn(), session.getHeldOn().plusDays(1), session.getTitle());
        } else {
            // The local times are written with a TZID parameter as they are. NOTE: ical4j 4.1.1 shifts a
            // ZonedDateTime in America/Bogota by one hour (it applies the 1992 daylight rule of its bundled
            // VTIMEZONE), so zoned values are not handed to it.
            LocalDateTime start = session.getHeldOn().atTime(session.getStartsAt());
            Integer minutes = session.getAgendaMinutes();
            Duration length = minutes == null || minutes == 0 ? DEFAULT_LENGTH : Duration.ofMinutes(minutes);
            event = new VEvent(false);
            event.add(new DtStamp(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
            event.add(new DtStart<>(new ParameterList(List.of(new TzId(zone.getId()))), start));
            event.add(new DtEnd<>(new ParameterList(List.of(new TzId(zone.getId()))), start.plus(length)));
            event.add(new Summary(session.getTitle()));
        }
        event.add(new Uid("session-" + session.getId() + "@" + host));
        if (session.getPlace() != null) {
            event.add(new Location(session.getPlace()));
        }
        if (session.getSummary() != null) {
            event.add(new Description(session.getSummary()));
        }
        event.add(new Url(URI.create(baseUrl + "/session.xhtml?id=" + session.getId())));
        return event;
    }
}

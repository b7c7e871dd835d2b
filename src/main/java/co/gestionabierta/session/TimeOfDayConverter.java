package co.gestionabierta.session;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * Stores a time of day in a TIME column as text, as it is. Hibernate 6.6 binds a LocalTime through
 * java.sql.Time with the JDBC time zone (UTC here), which shifts it by the JVM's offset; a start time
 * of 09:00 on a JVM in Bogotá would be stored as 14:00.
 */
@Converter
public class TimeOfDayConverter implements AttributeConverter<LocalTime, String> {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Override
    public String convertToDatabaseColumn(LocalTime time) {
        return time == null ? null : SECONDS.format(time);
    }

    @Override
    public LocalTime convertToEntityAttribute(String text) {
        return text == null ? null : LocalTime.parse(text);
    }
}

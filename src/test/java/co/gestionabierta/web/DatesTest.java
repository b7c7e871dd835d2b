package co.gestionabierta.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DatesTest {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    private TimeZone jvmZone;

    @BeforeEach
    void useFarAwayJvmZone() {
        jvmZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
    }

    @AfterEach
    void restoreJvmZone() {
        TimeZone.setDefault(jvmZone);
    }

    @Test
    void instantShownInBogotaWhateverJvmZone() {
        // 01:30 UTC on 20 December is still 19 December in Bogotá (UTC-5) and already 10:30 in Tokyo.
        Instant instant = Instant.parse("2025-12-20T01:30:00Z");

        String spanish = Dates.format(instant, BOGOTA, Locale.forLanguageTag("es-CO"));
        String english = Dates.format(instant, BOGOTA, Locale.ENGLISH);

        assertEquals("19 de diciembre de 2025, 8:30 p.\u00a0m.", spanish);
        assertEquals("December 19, 2025, 8:30 PM", english);
    }
}

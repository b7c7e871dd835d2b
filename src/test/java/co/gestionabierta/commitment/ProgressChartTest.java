package co.gestionabierta.commitment;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressChartTest {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    private static final Locale SPANISH = Locale.forLanguageTag("es-CO");

    @Test
    void drawsAStepLineAcrossThePlot() {
        String svg = ProgressChart.svg(List.of(
                new ProgressChart.Point(Instant.parse("2026-01-01T17:00:00Z"), 0),
                new ProgressChart.Point(Instant.parse("2026-01-11T17:00:00Z"), 40),
                new ProgressChart.Point(Instant.parse("2026-01-21T17:00:00Z"), 100)), BOGOTA, SPANISH);

        // Plot from x=48 to x=624 and from y=16 (100 %) to y=180 (0 %).
        assertTrue(svg.contains("<path class=\"line\" d=\"M48 180 H336 V114 H624 V16\"/>"), svg);
        assertTrue(svg.contains("<desc id=\"chart-desc\">Pasó de 0 % el 1 de enero de 2026 a 100 % el 21 de enero de 2026, en 3 registros.</desc>"),
                svg);
        assertEquals(3, svg.split("<circle ", -1).length - 1);
    }

    @Test
    void oneUpdateIsOnePointAtTheLeft() {
        String svg = ProgressChart.svg(List.of(new ProgressChart.Point(Instant.parse("2026-01-01T17:00:00Z"), 25)),
                BOGOTA, SPANISH);

        assertTrue(svg.contains("d=\"M48 139\""), svg);
        assertEquals("", ProgressChart.svg(List.of(), BOGOTA, SPANISH));
    }
}

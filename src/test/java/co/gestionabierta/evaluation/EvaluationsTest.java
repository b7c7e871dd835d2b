package co.gestionabierta.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EvaluationsTest {

    @Test
    void cleanCountsBrowserLineBreaksOnce() {
        String typed = "a".repeat(995) + "\r\n" + "b".repeat(1004);
        assertEquals(2000, Evaluations.clean(typed).length());
        assertEquals("línea uno\nlínea dos", Evaluations.clean("  línea uno\r\nlínea dos\u0007 "));
    }

    @Test
    void cleanJoinsDecomposedAccents() {
        assertEquals("Begoña", Evaluations.clean("Bego\u006E\u0303a"));
    }
}

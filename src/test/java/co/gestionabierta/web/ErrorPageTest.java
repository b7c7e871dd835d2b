package co.gestionabierta.web;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorPageTest {

    @Test
    void errorIdIsTenUppercaseHexDigits() {
        assertTrue(ErrorPage.newId().matches("[0-9A-F]{10}"));
    }

    @Test
    void errorIdsDoNotRepeat() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            ids.add(ErrorPage.newId());
        }
        assertEquals(1000, ids.size());
    }
}

package co.gestionabierta.session.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SessionViewTest {

    @Test
    void sessionIdAcceptsOnlyDigits() {
        assertEquals(42L, SessionView.parseId("42"));
        assertNull(SessionView.parseId(null));
        assertNull(SessionView.parseId(""));
        assertNull(SessionView.parseId("-1"));
        assertNull(SessionView.parseId("1 OR 1=1"));
        assertNull(SessionView.parseId("<script>"));
        assertNull(SessionView.parseId("9999999999999999999"));
    }
}

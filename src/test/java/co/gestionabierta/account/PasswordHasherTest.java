package co.gestionabierta.account;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    @Test
    void hashMatchesOnlyItsPassword() {
        String hash = PasswordHasher.hash("Cartagena-Ñandú-2025".toCharArray());

        assertTrue(PasswordHasher.matches("Cartagena-Ñandú-2025".toCharArray(), hash));
        assertFalse(PasswordHasher.matches("cartagena-ñandú-2025".toCharArray(), hash));
        assertFalse(PasswordHasher.matches("".toCharArray(), hash));
    }

    @Test
    void hashRecordsAlgorithmIterationsAndSalt() {
        String[] parts = PasswordHasher.hash("secreto".toCharArray()).split("\\$");

        assertEquals(4, parts.length);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals(String.valueOf(PasswordHasher.ITERATIONS), parts[1]);
        assertEquals(22, parts[2].length(), "16 salt bytes in unpadded Base64");
        assertEquals(43, parts[3].length(), "32 hash bytes in unpadded Base64");
    }

    @Test
    void samePasswordGetsDifferentSalts() {
        assertNotEquals(PasswordHasher.hash("igual".toCharArray()), PasswordHasher.hash("igual".toCharArray()));
    }

    @Test
    void malformedHashNeverMatches() {
        assertFalse(PasswordHasher.matches("x".toCharArray(), null));
        assertFalse(PasswordHasher.matches("x".toCharArray(), "plain-text"));
        assertFalse(PasswordHasher.matches("x".toCharArray(), "pbkdf2-sha256$abc$AAAA$AAAA"));
        assertFalse(PasswordHasher.matches("x".toCharArray(), "md5$1$AAAA$AAAA"));
    }
}

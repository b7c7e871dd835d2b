package co.gestionabierta.notification;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NotificationTest {

    private static final Instant NOW = Instant.parse("2026-12-04T15:00:00Z");
    private static final Duration FIRST = Duration.ofSeconds(30);

    @Test
    void retryDelayDoublesUpToOneHour() {
        assertEquals(Duration.ofSeconds(30), Notification.delayAfter(1, FIRST));
        assertEquals(Duration.ofSeconds(60), Notification.delayAfter(2, FIRST));
        assertEquals(Duration.ofMinutes(16), Notification.delayAfter(6, FIRST));
        assertEquals(Duration.ofHours(1), Notification.delayAfter(8, FIRST));
        assertEquals(Duration.ofHours(1), Notification.delayAfter(40, FIRST));
    }

    @Test
    void temporaryFailureWaitsThenGivesUp() {
        Notification notification = new Notification("ana@gestionabierta.example", "questionAnswered", "[]", null, NOW);

        notification.claim(NOW);
        notification.failed("Connection refused", false, NOW, FIRST);

        assertEquals(Notification.Status.PENDING, notification.getStatus());
        assertEquals(1, notification.getAttempts());
        for (int attempt = 2; attempt <= Notification.MAX_ATTEMPTS; attempt++) {
            notification.claim(NOW);
            notification.failed("Connection refused", false, NOW, FIRST);
        }
        assertEquals(Notification.Status.FAILED, notification.getStatus());
        assertEquals(Notification.MAX_ATTEMPTS, notification.getAttempts());
    }

    @Test
    void rejectedAddressFailsAtOnce() {
        Notification notification = new Notification("no es un correo", "questionRejected", "[]", null, NOW);

        notification.claim(NOW);
        notification.failed("Illegal address", true, NOW, FIRST);

        assertEquals(Notification.Status.FAILED, notification.getStatus());
        assertEquals(1, notification.getAttempts());
    }
}

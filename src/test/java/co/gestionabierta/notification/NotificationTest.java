package co.gestionabierta.notification;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

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

    @Test
    void digestRunsAtTheNextSevenInBogota() {
        java.time.ZoneId bogota = java.time.ZoneId.of("America/Bogota");
        java.time.LocalTime seven = java.time.LocalTime.of(7, 0);

        assertEquals(Instant.parse("2026-12-04T12:00:00Z"),
                OutboxStore.nextRun(Instant.parse("2026-12-04T11:59:59Z"), bogota, seven));
        assertEquals(Instant.parse("2026-12-05T12:00:00Z"),
                OutboxStore.nextRun(Instant.parse("2026-12-04T12:00:00Z"), bogota, seven));
        assertEquals(Instant.parse("2026-12-05T12:00:00Z"),
                OutboxStore.nextRun(Instant.parse("2026-12-05T04:30:00Z"), bogota, seven));
    }

    @Test
    void heldNotificationWaitsForTheDigest() {
        Notification held = new Notification("a@b.co", "commitmentProgress", "[\"Título\",\"50\"]",
                "http://localhost/unsubscribe.xhtml?token=x", "COMMITMENT", true, NOW);

        assertEquals(Notification.Status.HELD, held.getStatus());
        assertEquals(List.of("Título", "50"), List.of(held.argumentValues()));
    }

    @Test
    void footerNamesFollowedKind() {
        java.util.Locale spanish = java.util.Locale.forLanguageTag("es-CO");
        Mailer.Rendered mail = Mailer.render("sessionLive", spanish, "http://localhost/unsubscribe.xhtml?token=t",
                "SESSION", "Rendición T4", "http://localhost/live.xhtml?id=4");

        assertEquals("Una sesión que sigue está en vivo", mail.subject());
        assertEquals("Hola:\n\nLa sesión «Rendición T4» empezó. Sígala en vivo aquí:\nhttp://localhost/live.xhtml?id=4"
                + "\n\n-- \nRecibe este correo porque sigue esta sesión en Gestión Abierta. Para no recibir más avisos"
                + " sobre ella, abra: http://localhost/unsubscribe.xhtml?token=t", mail.body());
        assertEquals("La sesión «X» empezó.", Mailer.withoutGreeting("Hola:\n\nLa sesión «X» empezó.", spanish));
    }
}

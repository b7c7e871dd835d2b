package co.gestionabierta.session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** What a moderator fills in when planning a session; the day and time are in the entity's zone. */
public record SessionPlan(String title, SessionKind kind, int year, Integer quarter, LocalDate heldOn,
                          LocalTime startsAt, String place, String livestreamUrl, String summary,
                          Instant questionsOpenAt, Instant questionsCloseAt, ModerationMode moderation) {

    public SessionPlan {
        moderation = moderation == null ? ModerationMode.BEFORE : moderation;
    }
}

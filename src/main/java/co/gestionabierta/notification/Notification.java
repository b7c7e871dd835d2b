package co.gestionabierta.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;

/**
 * One e-mail in the outbox. It is stored with the change that causes it and sent later by the
 * {@link OutboxWorker}, which retries with a growing delay while the SMTP server is unreachable.
 */
@Entity
@Table(name = "notification")
public class Notification {

    /**
     * Delivery state of a notification. HELD waits for the recipient's daily digest and becomes DIGESTED
     * when the digest that carries it is queued.
     */
    public enum Status { PENDING, SENDING, SENT, FAILED, HELD, DIGESTED }

    /** Attempts after which a notification that still fails is given up. */
    public static final int MAX_ATTEMPTS = 12;

    /** Maximum wait between two attempts. */
    static final Duration MAX_DELAY = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_email", nullable = false, length = 254)
    private String recipientEmail;

    /** The message bundle keys mail.TEMPLATE.subject and mail.TEMPLATE.body. */
    @Column(nullable = false, length = 40)
    private String template;

    /** The body arguments as a JSON array of strings. */
    @Column(nullable = false, columnDefinition = "mediumtext")
    private String arguments;

    @Column(name = "unsubscribe_url", length = 500)
    private String unsubscribeUrl;

    /** Kind of followed object, named in the unsubscribe line; null without a link. */
    @Column(name = "follow_kind", length = 20)
    private String followKind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Notification() {
    }

    public Notification(String recipientEmail, String template, String arguments, String unsubscribeUrl, Instant now) {
        this(recipientEmail, template, arguments, unsubscribeUrl, null, false, now);
    }

    /** A notification about something followed; held for the daily digest when the recipient chose one. */
    public Notification(String recipientEmail, String template, String arguments, String unsubscribeUrl,
                        String followKind, boolean held, Instant now) {
        this.recipientEmail = recipientEmail;
        this.template = template;
        this.arguments = arguments;
        this.unsubscribeUrl = unsubscribeUrl;
        this.followKind = followKind;
        this.status = held ? Status.HELD : Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    void digested() {
        status = Status.DIGESTED;
    }

    void claim(Instant now) {
        status = Status.SENDING;
        claimedAt = now;
        attempts++;
    }

    void sent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        lastError = null;
    }

    /**
     * Records a failed attempt. A permanent failure, such as an invalid address, is given up at once; a
     * temporary one waits the first delay, doubling up to an hour, until {@link #MAX_ATTEMPTS}.
     */
    void failed(String error, boolean permanent, Instant now, Duration firstDelay) {
        lastError = error == null ? null : error.substring(0, Math.min(500, error.length()));
        if (permanent || attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
            return;
        }
        status = Status.PENDING;
        nextAttemptAt = now.plus(delayAfter(attempts, firstDelay));
    }

    static Duration delayAfter(int attempts, Duration firstDelay) {
        Duration delay = firstDelay.multipliedBy(1L << Math.min(attempts - 1, 10));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    public Long getId() {
        return id;
    }

    public String getRecipientEmail() {
        return recipientEmail;
    }

    public String getTemplate() {
        return template;
    }

    public String getArguments() {
        return arguments;
    }

    /** Returns the body arguments, in order. */
    public Object[] argumentValues() {
        try (JsonReader reader = Json.createReader(new StringReader(arguments))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toArray();
        }
    }

    /** Writes body arguments as the JSON array of strings stored with a notification; null becomes "". */
    static String json(Object... values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Object value : values) {
            array.add(value == null ? "" : String.valueOf(value));
        }
        return array.build().toString();
    }

    public String getUnsubscribeUrl() {
        return unsubscribeUrl;
    }

    public String getFollowKind() {
        return followKind;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }
}

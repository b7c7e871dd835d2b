package co.gestionabierta.notification;

import co.gestionabierta.bootstrap.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import org.jboss.logging.Logger;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends the outbox every few seconds (GA_OUTBOX_INTERVAL_SECONDS, 10 by default). Each notification is
 * claimed and committed before the SMTP call and marked sent after it, so a notification marked sent is
 * never sent again. One interrupted between the two, by a stopped server, is sent again after ten
 * minutes. An address the server rejects fails alone and does not hold up the rest.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class);
    private static final int BATCH = 50;
    private static final Locale MAIL_LOCALE = Locale.forLanguageTag("es-CO");

    @Resource
    private TimerService timers;

    @EJB
    private OutboxStore store;

    @Inject
    private Mailer mailer;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        long seconds = Settings.get("GA_OUTBOX_INTERVAL_SECONDS").map(Long::parseLong).orElse(10L);
        timers.createIntervalTimer(seconds * 1000, seconds * 1000, new TimerConfig("outbox", false));
        int released = store.releaseStaleClaims();
        LOG.infof("E-mail outbox worker started: every %d s, %d interrupted sends queued again", seconds, released);
    }

    @Timeout
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            deliverDue();
        } finally {
            running.set(false);
        }
    }

    /** Sends every due notification, batch after batch, until none is due; returns how many were sent. */
    public int deliverDue() {
        int sent = 0;
        List<Notification> batch;
        do {
            batch = store.claimDue(BATCH);
            for (Notification notification : batch) {
                if (deliver(notification)) {
                    sent++;
                }
            }
        } while (batch.size() == BATCH);
        return sent;
    }

    private boolean deliver(Notification notification) {
        try {
            mailer.sendWithFooter(notification.getRecipientEmail(), notification.getTemplate(), MAIL_LOCALE,
                    notification.getUnsubscribeUrl(), "notification-" + notification.getId(),
                    arguments(notification.getArguments()));
            store.markSent(notification.getId());
            return true;
        } catch (MailFailedException e) {
            boolean permanent = e.isPermanent();
            LOG.warnf("Notification %d (%s), attempt %d, failed%s: %s", notification.getId(), notification.getTemplate(),
                    notification.getAttempts(), permanent ? " for good" : "", e.getMessage());
            store.markFailed(notification.getId(), e.getMessage(), permanent);
            return false;
        }
    }

    private static Object[] arguments(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toArray();
        }
    }
}

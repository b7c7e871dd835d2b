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
import co.gestionabierta.catalog.CatalogRepository;
import org.jboss.logging.Logger;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends the outbox every few seconds (GA_OUTBOX_INTERVAL_SECONDS, 10 by default), after queuing the
 * daily digests when they are due. Each notification is
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

    /** Time of day, in the entity's zone, of the daily digest (GA_DIGEST_TIME, 07:00 by default). */
    private static final LocalTime DIGEST_TIME = Settings.get("GA_DIGEST_TIME").map(LocalTime::parse)
            .orElse(LocalTime.of(7, 0));

    @Resource
    private TimerService timers;

    @EJB
    private OutboxStore store;

    @EJB
    private CatalogRepository catalog;

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
            store.composeDigestsIfDue(catalog.findZone(), DIGEST_TIME, MAIL_LOCALE);
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
                    notification.getUnsubscribeUrl(), notification.getFollowKind(), "notification-" + notification.getId(),
                    notification.argumentValues());
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
}

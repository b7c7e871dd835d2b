package co.gestionabierta.notification;

import co.gestionabierta.account.NotificationFrequency;
import co.gestionabierta.account.UserAccount;
import co.gestionabierta.audit.AuditLog;
import co.gestionabierta.audit.Changes;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A person's choices about the e-mails they receive. */
@Stateless
public class NotificationPreferences {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Notifications notifications;

    @EJB
    private AuditLog audit;

    /**
     * Chooses one e-mail per change or a daily digest. Notifications already queued keep their way; a
     * change to IMMEDIATE releases the ones held for the next digest so they are sent now.
     */
    public void chooseFrequency(UserAccount actor, NotificationFrequency frequency) {
        if (frequency == null) {
            return;
        }
        UserAccount account = em.find(UserAccount.class, actor.getId());
        NotificationFrequency before = account.getNotificationFrequency();
        account.chooseNotificationFrequency(frequency);
        if (before == NotificationFrequency.DAILY && frequency == NotificationFrequency.IMMEDIATE) {
            em.createQuery("update Notification n set n.status = :pending where n.status = :held"
                            + " and n.recipientEmail = :email")
                    .setParameter("pending", Notification.Status.PENDING)
                    .setParameter("held", Notification.Status.HELD)
                    .setParameter("email", account.getEmail())
                    .executeUpdate();
        }
        audit.record(actor, "NOTIFICATION_FREQUENCY", "UserAccount", actor.getId(),
                new Changes().field("frequency", before, frequency));
    }

    /** Starts or stops the e-mail sent when a new session is published. */
    public void followNewSessions(UserAccount actor, boolean on) {
        UserAccount account = em.find(UserAccount.class, actor.getId());
        if (on) {
            notifications.follow(account, Follow.Target.NEW_SESSIONS, 0);
        } else {
            notifications.unfollow(account, Follow.Target.NEW_SESSIONS, 0);
        }
    }
}

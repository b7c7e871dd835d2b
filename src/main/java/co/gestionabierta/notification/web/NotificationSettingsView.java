package co.gestionabierta.notification.web;

import co.gestionabierta.account.CurrentUser;
import co.gestionabierta.account.NotificationFrequency;
import co.gestionabierta.account.UserAccount;
import co.gestionabierta.notification.Follow;
import co.gestionabierta.notification.NotificationPreferences;
import co.gestionabierta.notification.Notifications;
import co.gestionabierta.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * A signed-in person's e-mail settings: one e-mail per change or a daily digest, the list of new
 * sessions, and everything they follow, each with a button that stops it.
 */
@Named
@RequestScoped
public class NotificationSettingsView {

    /** One followed thing as the page lists it. */
    public record Row(long followId, Follow.Target target, long targetId, String title, String link,
                      String questionStatus) {
    }

    @Inject
    private CurrentUser currentUser;

    @EJB
    private Notifications notifications;

    @EJB
    private NotificationPreferences preferences;

    private NotificationFrequency frequency;
    private List<Row> rows;

    @PostConstruct
    void init() {
        UserAccount account = currentUser.require();
        frequency = account.getNotificationFrequency();
        rows = notifications.followsOf(account).stream()
                .filter(f -> f.getTargetType() != Follow.Target.NEW_SESSIONS)
                .map(f -> {
                    Notifications.FollowedPage page = notifications.describe(f.getTargetType(), f.getTargetId(),
                            account.getId());
                    return new Row(f.getId(), f.getTargetType(), f.getTargetId(), page.title(), page.path(),
                            page.questionStatus());
                })
                .toList();
    }

    public String saveFrequency() {
        preferences.chooseFrequency(currentUser.require(), frequency);
        Messages.flashInfo("notifications.saved." + frequency);
        return "/account/notifications?faces-redirect=true";
    }

    public String followNewSessions() {
        preferences.followNewSessions(currentUser.require(), true);
        Messages.flashInfo("notifications.newSessions.on");
        return "/account/notifications?faces-redirect=true";
    }

    public String stopNewSessions() {
        preferences.followNewSessions(currentUser.require(), false);
        Messages.flashInfo("notifications.newSessions.off");
        return "/account/notifications?faces-redirect=true";
    }

    public String unfollow(long followId) {
        if (notifications.unfollow(currentUser.require(), followId)) {
            Messages.flashInfo("notifications.unfollowed");
        } else {
            Messages.flashError("notifications.followGone");
        }
        return "/account/notifications?faces-redirect=true";
    }

    public boolean isFollowingNewSessions() {
        return notifications.isFollowing(currentUser.require(), Follow.Target.NEW_SESSIONS, 0);
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<NotificationFrequency> getFrequencies() {
        return List.of(NotificationFrequency.values());
    }

    public NotificationFrequency getFrequency() {
        return frequency;
    }

    public void setFrequency(NotificationFrequency frequency) {
        this.frequency = frequency;
    }
}

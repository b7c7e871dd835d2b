package co.gestionabierta.notification.web;

import co.gestionabierta.notification.Follow;
import co.gestionabierta.notification.Notifications;
import co.gestionabierta.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The page the unsubscribe link of every e-mail opens (?token=). It needs no sign-in: the token in the
 * link is the proof. Opening it changes nothing, so mail scanners that follow links unsubscribe no one;
 * one button stops the e-mails.
 */
@Named
@RequestScoped
public class UnsubscribeView {

    @EJB
    private Notifications notifications;

    private String token;
    private Follow follow;
    private boolean done;

    @PostConstruct
    void init() {
        token = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("token");
        follow = notifications.findByToken(token).orElse(null);
    }

    public void unsubscribe() {
        done = notifications.unfollow(token);
        if (done) {
            Messages.info("unsubscribe.done");
        } else {
            Messages.error("unsubscribe.unknown");
        }
        follow = null;
    }

    /** Returns the title of the followed object, so the reader knows which e-mails stop. */
    public String getTitle() {
        return follow == null ? null : notifications.titleOf(follow.getTargetType(), follow.getTargetId());
    }

    public Follow getFollow() {
        return follow;
    }

    public boolean isDone() {
        return done;
    }
}

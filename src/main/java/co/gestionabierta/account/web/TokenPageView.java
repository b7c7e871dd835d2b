package co.gestionabierta.account.web;

import co.gestionabierta.account.AccountException;
import co.gestionabierta.account.AccountService;
import co.gestionabierta.notification.MailFailedException;
import co.gestionabierta.web.Messages;
import co.gestionabierta.web.Requests;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The pages reached from e-mail links and the forgotten-password form: confirm an address, ask for
 * a reset link, set a new password.
 */
@Named
@RequestScoped
public class TokenPageView {

    @EJB
    private AccountService accounts;

    private String token;
    private String email;
    private String password;
    private String passwordRepeated;
    private boolean done;
    private boolean invalidLink;

    /** Runs when the confirmation page opens. */
    public void confirm() {
        try {
            accounts.confirmEmail(token);
            done = true;
        } catch (AccountException e) {
            Messages.error(e.getMessageKey());
        }
    }

    /** Runs when the reset page opens: an unusable link shows its message instead of the form. */
    public void checkResetToken() {
        if (!accounts.isResetTokenUsable(token)) {
            invalidLink = true;
            Messages.error("token.invalid");
        }
    }

    public void requestReset() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            accounts.requestPasswordReset(email, faces.getViewRoot().getLocale(), Requests.clientAddress());
            done = true;
            Messages.info("reset.sent");
        } catch (AccountException e) {
            Messages.error(e.getMessageKey());
        } catch (MailFailedException e) {
            Messages.error("mail.failed");
        }
    }

    public void resetPassword() {
        if (password == null || !password.equals(passwordRepeated)) {
            Messages.error("password.mismatch");
            return;
        }
        try {
            accounts.resetPassword(token, password.toCharArray());
            done = true;
            Messages.info("reset.done");
        } catch (AccountException e) {
            Messages.error(e.getMessageKey());
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordRepeated() {
        return passwordRepeated;
    }

    public void setPasswordRepeated(String passwordRepeated) {
        this.passwordRepeated = passwordRepeated;
    }

    public boolean isDone() {
        return done;
    }

    public boolean isInvalidLink() {
        return invalidLink;
    }
}

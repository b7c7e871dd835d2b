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

/** The registration page for citizens, with the personal-data consent. */
@Named
@RequestScoped
public class RegistrationView {

    @EJB
    private AccountService accounts;

    private String name;
    private String email;
    private String password;
    private String passwordRepeated;
    private boolean consent;
    private boolean done;

    public void register() {
        if (password == null || !password.equals(passwordRepeated)) {
            Messages.error("password.mismatch");
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            accounts.register(name, email, password.toCharArray(), consent, faces.getViewRoot().getLocale(),
                    Requests.clientAddress());
            done = true;
            Messages.info("register.checkEmail");
        } catch (AccountException e) {
            Messages.error(e.getMessageKey());
        } catch (MailFailedException e) {
            Messages.error("mail.failed");
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public boolean isDone() {
        return done;
    }
}

package co.gestionabierta.account.web;

import co.gestionabierta.account.AccountException;
import co.gestionabierta.account.AccountService;
import co.gestionabierta.account.CurrentUser;
import co.gestionabierta.account.UserAccount;
import co.gestionabierta.web.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** "Mis datos": the signed-in person's account, password change, data download and account deletion. */
@Named
@RequestScoped
public class MyDataView {

    @Inject
    private CurrentUser currentUser;

    @EJB
    private AccountService accounts;

    private String currentPassword;
    private String newPassword;
    private String newPasswordRepeated;
    private String deletePassword;

    public UserAccount getAccount() {
        return currentUser.require();
    }

    public void changePassword() {
        if (newPassword == null || !newPassword.equals(newPasswordRepeated)) {
            Messages.error("password.mismatch");
            return;
        }
        try {
            accounts.changePassword(currentUser.require().getId(), chars(currentPassword), newPassword.toCharArray());
            Messages.info("password.changed");
        } catch (AccountException e) {
            Messages.error(e.getMessageKey());
        }
    }

    /** Sends every stored datum of the signed-in account as a JSON download. */
    public void downloadData() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        byte[] json = accounts.exportPersonalData(currentUser.require().getId()).getBytes(StandardCharsets.UTF_8);

        external.responseReset();
        external.setResponseContentType("application/json; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"mis-datos-gestion-abierta.json\"");
        external.setResponseContentLength(json.length);
        external.getResponseOutputStream().write(json);
        faces.responseComplete();
    }

    public void deleteAccount() throws ServletException, IOException {
        try {
            accounts.deleteAccount(currentUser.require().getId(), chars(deletePassword));
        } catch (AccountException e) {
            Messages.error(e.getMessageKey());
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/account-deleted.xhtml");
    }

    private static char[] chars(String value) {
        return value == null ? new char[0] : value.toCharArray();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewPasswordRepeated() {
        return newPasswordRepeated;
    }

    public void setNewPasswordRepeated(String newPasswordRepeated) {
        this.newPasswordRepeated = newPasswordRepeated;
    }

    public String getDeletePassword() {
        return deletePassword;
    }

    public void setDeletePassword(String deletePassword) {
        this.deletePassword = deletePassword;
    }
}

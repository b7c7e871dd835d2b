package co.gestionabierta.account.web;

import co.gestionabierta.account.AccountRepository;
import co.gestionabierta.account.AccountService;
import co.gestionabierta.account.Role;
import co.gestionabierta.account.UserAccount;
import co.gestionabierta.web.Messages;
import co.gestionabierta.web.Requests;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** The login page: e-mail and password, throttled per account and per address. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    private SecurityContext securityContext;

    @EJB
    private AccountService accounts;

    @EJB
    private AccountRepository accountRepository;

    private String email;
    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String address = Requests.clientAddress();
        if (accounts.isLoginBlocked(email, address)) {
            Messages.error("login.throttled");
            return;
        }

        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email, new Password(password))));

        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                accounts.recordLoginSuccess(email);
                // A new session id at login, so a session id planted before it is worthless.
                request.changeSessionId();
                String from = request.getParameter("from");
                external.redirect(external.getRequestContextPath() + (isSafeReturn(from) ? from : landingPage()));
            }
            default -> {
                accounts.recordLoginFailure(email, address);
                // A failed authenticate() leaves the form mechanism's state in the HTTP session, after
                // which protected pages return an empty 200 instead of redirecting to this page.
                external.invalidateSession();
                Messages.error("login.failed");
            }
        }
    }

    /** Returns the page a person reaches after signing in: their work area, or "Mis datos" for citizens. */
    private String landingPage() {
        Role role = accountRepository.findByEmail(email).map(UserAccount::getRole).orElse(Role.CITIZEN);
        return switch (role) {
            case SECRETARY -> "/secretary/questions.xhtml";
            case MODERATOR -> "/moderator/sessions.xhtml";
            case ADMINISTRATOR -> "/admin/users.xhtml";
            default -> "/account/my-data.xhtml";
        };
    }

    /**
     * Whether a return address from the "from" parameter may be followed: a page of this site only
     * (a path with a query of plain characters), so the parameter cannot send anyone to another site.
     */
    public static boolean isSafeReturn(String from) {
        return from != null && from.length() <= 200
                && from.matches("/[A-Za-z0-9/_-]+\\.xhtml(\\?[A-Za-z0-9=&_.-]*)?")
                && !from.startsWith("//") && !from.startsWith("/login.xhtml");
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
}

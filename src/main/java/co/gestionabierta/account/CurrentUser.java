package co.gestionabierta.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;

import java.security.Principal;
import java.util.Optional;

/** The signed-in person of the current request, if any. */
@Named
@RequestScoped
public class CurrentUser {

    /**
     * A request attribute that renders the request as for an anonymous visitor, even when someone is
     * signed in. The page cache sets it to make the shared copy of a page.
     */
    public static final String AS_ANONYMOUS = "ga.asAnonymous";

    @Inject
    private SecurityContext securityContext;

    @EJB
    private AccountRepository accounts;

    @Inject
    private HttpServletRequest request;

    private UserAccount account;
    private boolean loaded;

    public Optional<UserAccount> account() {
        if (request.getAttribute(AS_ANONYMOUS) != null) {
            return Optional.empty();
        }
        if (!loaded) {
            Principal principal = securityContext.getCallerPrincipal();
            if (principal != null && principal.getName().matches("[0-9]{1,18}")) {
                account = accounts.findById(Long.parseLong(principal.getName()))
                        .filter(UserAccount::canSignIn)
                        .orElse(null);
            }
            loaded = true;
        }
        return Optional.ofNullable(account);
    }

    /** Returns the signed-in account, or throws when there is none, which protected pages never allow. */
    public UserAccount require() {
        return account().orElseThrow(() -> new IllegalStateException("No signed-in account in a protected page"));
    }

    public boolean isSignedIn() {
        return account().isPresent();
    }

    public boolean hasRole(String role) {
        return account().map(a -> a.getRole().name().equals(role)).orElse(false);
    }

    public String getDisplayName() {
        return account().map(UserAccount::getDisplayName).orElse(null);
    }
}

package co.gestionabierta.account;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login with the Faces page login.xhtml: a protected page sends an anonymous visitor there and,
 * after a successful login, back to the page they asked for.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({"CITIZEN", "SECRETARY", "MODERATOR", "ADMINISTRATOR"})
@ApplicationScoped
public class SecurityConfiguration {
}

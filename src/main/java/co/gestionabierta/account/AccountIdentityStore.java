package co.gestionabierta.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.Set;

/**
 * Jakarta Security identity store over the user_account table. The caller name is the account id,
 * which stays the same when an account is anonymised; the only group is the account's role.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @EJB
    private AccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.verifyCredentials(login.getCaller(), login.getPassword().getValue())
                .map(account -> new CredentialValidationResult(String.valueOf(account.getId()),
                        Set.of(account.getRole().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}

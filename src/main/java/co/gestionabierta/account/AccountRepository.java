package co.gestionabierta.account;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Reads user accounts. E-mail addresses are compared in lower case. */
@Stateless
public class AccountRepository {

    @PersistenceContext
    private EntityManager em;

    /** Finds an account with its department loaded, for pages that show it. */
    public Optional<UserAccount> findById(long id) {
        return em.createQuery("select u from UserAccount u left join fetch u.department where u.id = :id",
                        UserAccount.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    public Optional<UserAccount> findByEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        return em.createQuery("select u from UserAccount u left join fetch u.department where u.email = :email",
                        UserAccount.class)
                .setParameter("email", UserAccount.normalizeEmail(email))
                .getResultStream().findFirst();
    }

    /** Lists every account except deleted ones, staff first, then by name. */
    public List<UserAccount> findAllForAdministration() {
        return em.createQuery("select u from UserAccount u left join fetch u.department"
                        + " where u.status <> co.gestionabierta.account.AccountStatus.DELETED"
                        + " order by u.role desc, u.displayName", UserAccount.class)
                .getResultList();
    }

    public List<PersonalDataConsent> findConsents(long accountId) {
        return em.createQuery("select c from PersonalDataConsent c where c.account.id = :account order by c.givenAt",
                        PersonalDataConsent.class)
                .setParameter("account", accountId)
                .getResultList();
    }
}

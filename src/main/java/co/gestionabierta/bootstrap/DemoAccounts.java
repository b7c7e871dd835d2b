package co.gestionabierta.bootstrap;

import co.gestionabierta.account.AccountStatus;
import co.gestionabierta.account.PasswordHasher;
import co.gestionabierta.account.Role;
import co.gestionabierta.account.UserAccount;
import co.gestionabierta.catalog.Department;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;

/**
 * One account per role for trying the product, present only in demo mode. At every start in demo
 * mode they are activated with the demo password; outside demo mode they are disabled.
 */
@Stateless
public class DemoAccounts {

    /** A demo account: e-mail, name, role and, for a secretary, the department code. */
    public record Spec(String email, String displayName, Role role, String departmentCode) {
    }

    public static final List<Spec> ACCOUNTS = List.of(
            new Spec("administrador@gestionabierta.example", "Administración (demo)", Role.ADMINISTRATOR, null),
            new Spec("moderadora@gestionabierta.example", "Moderadora (demo)", Role.MODERATOR, null),
            new Spec("planeacion@gestionabierta.example", "Secretaría de Planeación (demo)", Role.SECRETARY, "SPD"),
            new Spec("educacion@gestionabierta.example", "Secretaría de Educación (demo)", Role.SECRETARY, "SED"),
            new Spec("ciudadana@gestionabierta.example", "Ciudadana (demo)", Role.CITIZEN, null));

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class);

    @PersistenceContext
    private EntityManager em;

    /** Creates the missing demo accounts and gives every one its role, the given password and ACTIVE status. */
    public void activate(char[] password) {
        String hash = PasswordHasher.hash(password);
        for (Spec spec : ACCOUNTS) {
            List<UserAccount> existing = em.createQuery(
                            "select u from UserAccount u where u.email = :email", UserAccount.class)
                    .setParameter("email", spec.email())
                    .getResultList();
            if (existing.isEmpty()) {
                UserAccount account = new UserAccount(spec.email(), spec.displayName(), hash, spec.role(),
                        department(spec.departmentCode()), AccountStatus.ACTIVE, Instant.now());
                account.markDemo();
                em.persist(account);
            } else if (existing.get(0).isDemo()) {
                existing.get(0).resetDemoAccess(hash);
                existing.get(0).assignRole(spec.role(), department(spec.departmentCode()));
            }
        }
        LOG.infof("Demo accounts active: %d", ACCOUNTS.size());
    }

    /** Disables every demo account, so that a database leaving demo mode keeps no known password. */
    public void disableAll() {
        int disabled = em.createQuery("update UserAccount u set u.status = :disabled where u.demo = true")
                .setParameter("disabled", AccountStatus.DISABLED)
                .executeUpdate();
        if (disabled > 0) {
            LOG.warnf("Demo mode is off: disabled %d demo accounts", disabled);
        }
    }

    private Department department(String code) {
        if (code == null) {
            return null;
        }
        return em.createQuery("select d from Department d where d.code = :code", Department.class)
                .setParameter("code", code)
                .getSingleResult();
    }
}

package co.gestionabierta.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.jboss.logging.Logger;

import java.security.SecureRandom;

/**
 * At start-up, after the migrations: in demo mode (GA_DEMO=true) loads the Cartagena demo data once
 * and activates the demo accounts with GA_DEMO_PASSWORD; otherwise disables the demo accounts.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoMode {

    private static final Logger LOG = Logger.getLogger(DemoMode.class);
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @EJB
    private CartagenaDemoData demoData;

    @EJB
    private DemoAccounts demoAccounts;

    @PostConstruct
    void start() {
        if (!Settings.demoMode()) {
            demoAccounts.disableAll();
            return;
        }
        demoData.loadOnce();

        String password = Settings.get("GA_DEMO_PASSWORD").orElse(null);
        if (password == null) {
            password = randomPassword();
            // Demo mode only: the person trying the product needs this password to sign in.
            LOG.warnf("Demo mode without GA_DEMO_PASSWORD: the demo accounts' password for this start is %s", password);
        }
        demoAccounts.activate(password.toCharArray());
    }

    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder("Demo-");
        for (int i = 0; i < 12; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}

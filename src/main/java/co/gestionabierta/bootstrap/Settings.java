package co.gestionabierta.bootstrap;

import java.util.Optional;

/**
 * Reads the application's settings: a system property (ga.demo) wins over the environment
 * variable (GA_DEMO). Server resources such as the datasource take theirs in wildfly-config/.
 */
public final class Settings {

    private Settings() {
    }

    /** Returns the value of a setting named like GA_DEMO, or empty when unset or blank. */
    public static Optional<String> get(String environmentName) {
        String propertyName = environmentName.toLowerCase(java.util.Locale.ROOT).replace('_', '.');
        String value = System.getProperty(propertyName);
        if (value == null) {
            value = System.getenv(environmentName);
        }
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** True when demo mode is on (GA_DEMO=true): demo data and demo accounts are loaded. */
    public static boolean demoMode() {
        return get("GA_DEMO").map(Boolean::parseBoolean).orElse(false);
    }
}

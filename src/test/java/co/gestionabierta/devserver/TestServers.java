package co.gestionabierta.devserver;

import java.nio.file.Path;

/**
 * Configures the unpacked WildFly for the integration tests with the scripts in wildfly-config/.
 * Maven runs it before failsafe; {@link IntegrationTestDatabase} starts MariaDB and Arquillian
 * starts WildFly.
 */
public final class TestServers {

    private TestServers() {
    }

    public static void main(String[] args) throws Exception {
        Path buildDir = Path.of(System.getProperty("ga.build.dir"));
        Path projectDir = Path.of(System.getProperty("ga.project.dir"));
        Path jbossHome = Path.of(System.getProperty("ga.it.jboss.home"));
        new WildFlyConfigurator(jbossHome, projectDir.resolve("wildfly-config"),
                buildDir.resolve("server-modules/mariadb-java-client.jar")).configure();
    }
}

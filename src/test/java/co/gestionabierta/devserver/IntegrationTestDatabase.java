package co.gestionabierta.devserver;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Starts an empty MariaDB before the integration tests and stops it after them. JUnit opens the
 * launcher session before any test class, so the database is up before Arquillian starts WildFly.
 * It acts only in the failsafe run, which sets ga.it.db.port.
 */
public final class IntegrationTestDatabase implements LauncherSessionListener {

    /** The database the tests' WildFly uses (GA_DB_NAME, GA_DB_USER and GA_DB_PASSWORD in the pom). */
    static final String DATABASE = "gestionabierta";

    private EmbeddedDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("ga.it.db.port");
        if (port == null || database != null) {
            return;
        }
        Path buildDir = Path.of(System.getProperty("ga.build.dir"));
        Path dataDir = buildDir.resolve("it-mariadb/data");
        try {
            deleteRecursively(dataDir);
            database = EmbeddedDatabase.start(dataDir, buildDir.resolve("it-mariadb/base"), Integer.parseInt(port),
                    DATABASE, System.getProperty("ga.it.db.user"), System.getProperty("ga.it.db.password"));
            // Stops MariaDB even when the test JVM ends without closing the launcher session.
            EmbeddedDatabase started = database;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "integration-test-mariadb-stop"));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the integration-test MariaDB on port " + port, e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            database.stop();
            database = null;
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

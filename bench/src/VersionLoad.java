import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Measures how many transactions per second MariaDB commits when each one does what storing a question does
 * to shared state: it inserts a row and increments the single content version row, whose lock every writer
 * waits for until the commit. The rows go to a temporary table of each connection, so nothing stays behind.
 * The version row is the real one: its increments only make cached pages render again.
 *
 * Usage: java VersionLoad <jdbc-url> <user> <password> <seconds> <connections>
 * Prints: "version row", connections, transactions per second.
 */
public final class VersionLoad {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        int seconds = Integer.parseInt(args[3]);
        int connections = Integer.parseInt(args[4]);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<Long>> counts = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            counts.add(pool.submit(() -> {
                long committed = 0;
                try (Connection connection = DriverManager.getConnection(url, user, password)) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("CREATE TEMPORARY TABLE bench_write (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
                                + " body VARCHAR(500) NOT NULL) ENGINE = InnoDB");
                    }
                    connection.setAutoCommit(false);
                    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_write (body) VALUES (?)");
                         PreparedStatement version = connection.prepareStatement(
                                 "UPDATE content_version SET version = version + 1 WHERE id = 1")) {
                        while (System.nanoTime() < deadline) {
                            insert.setString(1, "¿Cuándo se terminará la obra anunciada para el barrio?");
                            insert.executeUpdate();
                            version.executeUpdate();
                            connection.commit();
                            committed++;
                        }
                    }
                }
                return committed;
            }));
        }

        long total = 0;
        for (Future<Long> count : counts) {
            total += count.get();
        }
        pool.shutdown();
        System.out.printf("version row\t%d\t%.0f%n", connections, total / (double) seconds);
    }
}

package co.gestionabierta.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Direct JDBC access to the tests' MariaDB, for client-side tests that check what was stored. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + System.getProperty("ga.it.db.port")
                + "/gestionabierta", System.getProperty("ga.it.db.user"), System.getProperty("ga.it.db.password"));
    }

    /** Returns the first column of every row of the query, as strings. */
    public static List<String> strings(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    /** Inserts a published question of a session, addressed to a department, and returns its id. */
    public static long insertPublishedQuestion(long sessionId, String departmentCode, String text) throws SQLException {
        try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO question (session_id, department_id, body, status, submitted_at)"
                        + " SELECT ?, id, ?, 'PUBLISHED', UTC_TIMESTAMP(6) FROM department WHERE code = ?",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, sessionId);
            insert.setString(2, text);
            insert.setString(3, departmentCode);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}

package co.gestionabierta.testsupport;

import co.gestionabierta.account.PasswordHasher;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Active citizen accounts made directly in the database, for tests that need several people. */
public final class Citizens {

    public static final String PASSWORD = "Cartagena-de-Indias-2026";
    private static final String HASH = PasswordHasher.hash(PASSWORD.toCharArray());

    private Citizens() {
    }

    /** Creates an active citizen with a unique e-mail and returns that e-mail. */
    public static String create(String displayName) throws SQLException {
        String email = "ciudadano-" + System.nanoTime() + "@gestionabierta.example";
        try (Connection connection = TestDatabase.connect(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO user_account (email, display_name, password_hash, role, status, created_at)"
                        + " VALUES (?, ?, ?, 'CITIZEN', 'ACTIVE', UTC_TIMESTAMP(6))")) {
            insert.setString(1, email);
            insert.setString(2, displayName);
            insert.setString(3, HASH);
            insert.executeUpdate();
        }
        return email;
    }

    /** Creates a citizen and returns a client signed in as them. */
    public static FacesClient signedIn(String displayName) throws SQLException, IOException, InterruptedException {
        return signIn(create(displayName));
    }

    /** Returns a client signed in as the citizen created with this e-mail. */
    public static FacesClient signIn(String email) throws IOException, InterruptedException {
        FacesClient client = new FacesClient();
        client.login(email, PASSWORD);
        return client;
    }
}

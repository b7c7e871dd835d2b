package co.gestionabierta.it;

import co.gestionabierta.account.PasswordHasher;
import co.gestionabierta.bootstrap.CartagenaDemoData;
import co.gestionabierta.calendar.BusinessDays;
import co.gestionabierta.catalog.Department;
import co.gestionabierta.catalog.DepartmentKind;
import co.gestionabierta.testsupport.Deployments;
import co.gestionabierta.testsupport.SchemaProbe;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real application in WildFly against a real MariaDB that started empty. */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith().addClass(FoundationIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/GestionAbiertaDS")
    private DataSource dataSource;

    @EJB
    private SchemaProbe probe;

    @EJB
    private CartagenaDemoData demoData;

    @Test
    void migrationsRanOnEmptyDatabase() throws SQLException {
        List<String> applied = strings("SELECT CONCAT(version, ':', success) FROM flyway_schema_history"
                + " WHERE version IS NOT NULL ORDER BY installed_rank");

        assertEquals(List.of("1:1", "2:1", "3:1", "4:1", "5:1", "6:1", "7:1", "8:1", "9:1", "10:1"), applied);
    }

    @Test
    void entityMappingsMatchMigratedSchema() throws SQLException {
        probe.validateMappings();

        List<String> tables = strings("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = DATABASE()").stream().sorted().toList();
        assertEquals(List.of("account_token", "accountability_session", "agenda_item", "agenda_item_dataset",
                "audit_entry", "commitment", "commitment_department", "commitment_evidence", "commitment_milestone",
                "commitment_update", "content_version", "dataset", "demo_data_load", "department", "development_plan_line",
                "digest_schedule", "entity_settings", "flyway_schema_history", "follow", "management_report",
                "moderation_event", "notification", "personal_data_consent", "question", "question_support", "report_dataset",
                "report_document", "response", "session_dataset", "session_department", "session_report", "survey_answer",
                "survey_question", "survey_response", "throttle_event", "user_account"), tables);
    }

    @Test
    void everyTextColumnIsUtf8mb4() throws SQLException {
        List<String> otherCharsets = strings("SELECT CONCAT(table_name, '.', column_name, '=', character_set_name)"
                + " FROM information_schema.columns WHERE table_schema = DATABASE()"
                + " AND character_set_name IS NOT NULL AND character_set_name <> 'utf8mb4'"
                + " AND table_name <> 'flyway_schema_history'");

        assertEquals(List.of(), otherCharsets);
    }

    @Test
    void accentsEmojiAndMarkupRoundTrip() throws SQLException {
        String name = "Secretaría de Niñez y Ñandúes 🦜🇨🇴 <script>alert('x')</script> «ok»";
        probe.persist(new Department("ZZUTF", name, DepartmentKind.OFFICE));

        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT name FROM department WHERE code = ?")) {
            select.setString(1, "ZZUTF");
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                assertEquals(name, row.getString(1));
            }
        } finally {
            execute("DELETE FROM department WHERE code = 'ZZUTF'");
        }
    }

    @Test
    void cartagenaDemoDataLoadedOnce() throws SQLException {
        Map<String, Integer> before = counts();

        boolean loadedAgain = demoData.loadOnce();

        assertFalse(loadedAgain);
        assertEquals(before, counts());
        assertEquals(25, before.get("department"));
        assertEquals(4, before.get("accountability_session"));
        assertEquals(6, before.get("development_plan_line"));
        assertEquals(5, before.get("dataset"));
        assertEquals(4, before.get("commitment"));
        assertEquals(7, before.get("commitment_update"));
        assertEquals(7, before.get("question"));
        assertEquals(4, before.get("survey_question"));
        assertEquals(1, before.get("entity_settings"));
        assertEquals(List.of("Alcaldía Distrital de Cartagena de Indias|America/Bogota"),
                strings("SELECT CONCAT(name, '|', time_zone) FROM entity_settings"));
        assertEquals(List.of("7"), strings("SELECT COUNT(*) FROM question WHERE example = TRUE AND author_id IS NULL"));
        assertEquals(List.of("SCHEDULED|QUARTERLY|6|45"), strings("SELECT CONCAT(s.status, '|', s.kind, '|', COUNT(i.id),"
                + " '|', MAX(i.duration_minutes)) FROM accountability_session s JOIN agenda_item i ON i.session_id = s.id"
                + " WHERE s.title LIKE '%(ejemplo)' GROUP BY s.id"));
        LocalDate exampleDay = LocalDate.parse(strings("SELECT held_on FROM accountability_session"
                + " WHERE title LIKE '%(ejemplo)'").get(0));
        assertTrue(BusinessDays.isBusinessDay(exampleDay), "the example session falls on a business day, not " + exampleDay);
        assertEquals(List.of("COCDI0001|SPDS|COMPLETED|100", "COCDI0002|OACP|COMPLETED|100"),
                strings("SELECT CONCAT(c.reference, '|', d.code, '|', c.status, '|', c.progress_percent)"
                        + " FROM commitment c JOIN department d ON d.id = c.responsible_department_id"
                        + " WHERE c.reference LIKE 'COCDI%' ORDER BY c.reference"));
        assertEquals(List.of("CREATED|NOT_STARTED|0", "PROGRESS|COMPLETED|100"), strings("SELECT CONCAT(u.kind, '|',"
                + " u.status, '|', u.progress_percent) FROM commitment_update u JOIN commitment c ON c.id = u.commitment_id"
                + " WHERE c.reference = 'COCDI0001' ORDER BY u.id"));
        assertEquals(List.of("Capítulo Étnico|22.50"), strings(
                "SELECT CONCAT(name, '|', progress_percent) FROM development_plan_line WHERE name LIKE 'Cap%'"));
    }

    @Test
    void demoAccountsActiveWithDemoPassword() throws SQLException {
        List<String> accounts = strings("SELECT CONCAT(u.email, '|', u.role, '|', COALESCE(d.code, '-'), '|', u.status)"
                + " FROM user_account u LEFT JOIN department d ON d.id = u.department_id"
                + " WHERE u.demo = TRUE ORDER BY u.email");
        assertEquals(List.of(
                "administrador@gestionabierta.example|ADMINISTRATOR|-|ACTIVE",
                "ciudadana@gestionabierta.example|CITIZEN|-|ACTIVE",
                "educacion@gestionabierta.example|SECRETARY|SED|ACTIVE",
                "moderadora@gestionabierta.example|MODERATOR|-|ACTIVE",
                "planeacion@gestionabierta.example|SECRETARY|SPD|ACTIVE"), accounts);

        String hash = strings("SELECT password_hash FROM user_account WHERE email = 'ciudadana@gestionabierta.example'")
                .get(0);
        assertTrue(PasswordHasher.matches(System.getenv("GA_DEMO_PASSWORD").toCharArray(), hash));
        assertFalse(PasswordHasher.matches("wrong-password".toCharArray(), hash));
    }

    /**
     * Counts the demo data rows. Other test classes add sessions titled "Prueba: …" and commitments in them,
     * plan commitments with a "PDD-" reference, uploaded reports, imported datasets and non-example
     * questions, which are left out.
     */
    private Map<String, Integer> counts() throws SQLException {
        Map<String, String> demoRows = new LinkedHashMap<>();
        demoRows.put("entity_settings", "SELECT COUNT(*) FROM entity_settings");
        demoRows.put("department", "SELECT COUNT(*) FROM department");
        demoRows.put("development_plan_line", "SELECT COUNT(*) FROM development_plan_line");
        demoRows.put("accountability_session", "SELECT COUNT(*) FROM accountability_session WHERE title NOT LIKE 'Prueba:%'");
        demoRows.put("agenda_item", "SELECT COUNT(*) FROM agenda_item i JOIN accountability_session s ON s.id = i.session_id"
                + " WHERE s.title NOT LIKE 'Prueba:%'");
        demoRows.put("management_report", "SELECT COUNT(*) FROM management_report WHERE uploaded_at IS NULL");
        demoRows.put("dataset", "SELECT COUNT(*) FROM dataset WHERE imported_at IS NULL");
        demoRows.put("session_dataset", "SELECT COUNT(*) FROM session_dataset");
        String demoCommitments = " FROM commitment c LEFT JOIN accountability_session s ON s.id = c.session_id"
                + " WHERE (s.title IS NULL OR s.title NOT LIKE 'Prueba:%') AND (c.reference IS NULL OR c.reference LIKE 'COCDI%')";
        demoRows.put("commitment", "SELECT COUNT(*)" + demoCommitments);
        demoRows.put("commitment_update", "SELECT COUNT(*) FROM commitment_update u WHERE u.commitment_id IN (SELECT c.id"
                + demoCommitments + ")");
        demoRows.put("question", "SELECT COUNT(*) FROM question WHERE example = TRUE");
        demoRows.put("survey_question", "SELECT COUNT(*) FROM survey_question q JOIN accountability_session s"
                + " ON s.id = q.session_id WHERE s.title NOT LIKE 'Prueba:%'");
        Map<String, Integer> counts = new TreeMap<>();
        for (Map.Entry<String, String> table : demoRows.entrySet()) {
            counts.put(table.getKey(), Integer.valueOf(strings(table.getValue()).get(0)));
        }
        return counts;
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

import co.gestionabierta.account.PasswordHasher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills the run command's MariaDB with the volume of a city after several years: at scale 1, 200
 * sessions, 100,000 questions with their answers, 500,000 supports, 20,000 commitments with 100,000
 * progress updates and 50,000 citizens, plus one live session with 2,000 questions. Texts are Spanish
 * sentences of realistic length drawn from a fixed seed, so two runs produce the same data.
 *
 * Usage: java VolumeData <jdbc-url> <user> <password> <scale> <citizen-password>
 */
public final class VolumeData {

    private static final String[] OPENINGS = {"¿Cuándo", "¿Por qué", "¿Qué plan tiene la Alcaldía para", "¿Cómo",
            "¿En qué fecha", "¿Cuánto presupuesto se destinará a", "¿Qué avances hay en", "¿Quién responde por"};
    private static final String[] SUBJECTS = {"el alcantarillado del barrio Olaya Herrera", "la pavimentación de la vía a Pasacaballos",
            "los colegios en construcción de La Boquilla", "el puesto de salud de Tierrabaja", "las rutas de transporte a Punta Canoa",
            "la recolección de basuras en El Pozón", "la iluminación del Camellón de los Mártires", "el caño Juan Angola",
            "los comedores escolares de Bayunca", "la vigilancia en el mercado de Bazurto", "el agua potable en Arroyo de Piedra",
            "la ciénaga de la Virgen", "los subsidios de vivienda de Corvivienda", "la erosión en Castillogrande"};
    private static final String[] ENDINGS = {"si ya se firmó el contrato", "y cuál es el cronograma de obra",
            "teniendo en cuenta que la comunidad lleva años esperando", "con qué recursos se financiará",
            "y cómo se informará a los vecinos", "pues en la sesión anterior se prometió una fecha", "y qué entidad lo supervisa"};
    private static final String[] ANSWERS = {"La Secretaría informa que el contrato se firmó en", "La obra avanza según el cronograma publicado en",
            "Los recursos provienen del Sistema General de Participaciones y se ejecutarán en", "La dependencia realizará una mesa de trabajo con la comunidad en",
            "El diseño está en revisión técnica y se espera su aprobación en"};
    private static final String[] MONTHS = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "octubre", "noviembre", "diciembre"};
    private static final String[] STATUSES = {"NOT_STARTED", "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "DELAYED", "COMPLETED", "CANCELLED"};

    private final Random random = new Random(20261205L);
    private final Connection db;
    private final double scale;

    private VolumeData(Connection db, double scale) {
        this.db = db;
        this.scale = scale;
    }

    public static void main(String[] args) throws Exception {
        try (Connection db = DriverManager.getConnection(args[0] + "?rewriteBatchedStatements=true&useBulkStmts=true",
                args[1], args[2])) {
            db.setAutoCommit(false);
            new VolumeData(db, Double.parseDouble(args[3])).fill(args[4]);
        }
    }

    private int count(int atFullScale) {
        return Math.max(1, (int) Math.round(atFullScale * scale));
    }

    private void fill(String citizenPassword) throws SQLException {
        if (!rows("SELECT id FROM accountability_session WHERE title LIKE 'Volumen:%' LIMIT 1").isEmpty()) {
            System.out.println("Volume data already present; nothing to do.");
            return;
        }
        long started = System.nanoTime();
        List<Long> departments = rows("SELECT id FROM department ORDER BY id");
        List<Long> citizens = citizens(count(50_000), PasswordHasher.hash(citizenPassword.toCharArray()));
        List<Long> sessions = sessions(count(200), departments);
        List<Long> questions = questions(sessions, count(100_000), departments, citizens);
        supports(questions, citizens, count(500_000));
        commitments(count(20_000), count(100_000), departments, sessions);
        long live = liveSession(departments, citizens);
        db.createStatement().execute("ANALYZE TABLE question, question_support, response, commitment, commitment_update");
        db.commit();
        System.out.printf("Volume data at scale %s: %d citizens, %d sessions, %d questions, live session %d, in %d s%n",
                scale, citizens.size(), sessions.size(), questions.size(), live,
                (System.nanoTime() - started) / 1_000_000_000L);
    }

    private List<Long> citizens(int n, String hash) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO user_account (email, display_name, password_hash,"
                + " role, status, created_at) VALUES (?, ?, ?, 'CITIZEN', 'ACTIVE', ?)")) {
            for (int i = 0; i < n; i++) {
                insert.setString(1, "volumen-" + i + "@gestionabierta.invalid");
                insert.setString(2, "Ciudadana de prueba " + i);
                insert.setString(3, hash);
                insert.setTimestamp(4, Timestamp.from(Instant.parse("2020-01-01T12:00:00Z").plus(i, ChronoUnit.MINUTES)));
                insert.addBatch();
                flush(insert, i);
            }
            insert.executeBatch();
        }
        db.commit();
        return rows("SELECT id FROM user_account WHERE email LIKE 'volumen-%' ORDER BY id");
    }

    private List<Long> sessions(int n, List<Long> departments) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO accountability_session (title, kind, session_year,"
                + " quarter, held_on, starts_at, place, status, questions_open_at, questions_close_at)"
                + " VALUES (?, 'QUARTERLY', ?, ?, ?, '09:00:00', 'Centro de Convenciones Cartagena de Indias', 'CLOSED', ?, ?)")) {
            for (int i = 0; i < n; i++) {
                LocalDate day = LocalDate.of(2010, 1, 20).plusDays(i * 30L);
                insert.setString(1, "Volumen: rendición de cuentas " + day.getYear() + " n.º " + (i + 1));
                insert.setInt(2, day.getYear());
                insert.setInt(3, (day.getMonthValue() - 1) / 3 + 1);
                insert.setObject(4, day);
                insert.setTimestamp(5, Timestamp.from(day.minusDays(20).atTime(13, 0).toInstant(java.time.ZoneOffset.UTC)));
                insert.setTimestamp(6, Timestamp.from(day.atTime(17, 0).toInstant(java.time.ZoneOffset.UTC)));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        List<Long> ids = rows("SELECT id FROM accountability_session WHERE title LIKE 'Volumen:%' ORDER BY id");
        try (PreparedStatement presenter = db.prepareStatement("INSERT IGNORE INTO session_department VALUES (?, ?)")) {
            for (long id : ids) {
                for (int k = 0; k < 3; k++) {
                    presenter.setLong(1, id);
                    presenter.setLong(2, departments.get(random.nextInt(departments.size())));
                    presenter.addBatch();
                }
            }
            presenter.executeBatch();
        }
        db.commit();
        return ids;
    }

    private String question() {
        return OPENINGS[random.nextInt(OPENINGS.length)] + " " + SUBJECTS[random.nextInt(SUBJECTS.length)] + ", "
                + ENDINGS[random.nextInt(ENDINGS.length)] + "? Lo pregunto porque " + SUBJECTS[random.nextInt(SUBJECTS.length)]
                + " también sigue pendiente y " + ENDINGS[random.nextInt(ENDINGS.length)] + ".";
    }

    private String answer() {
        return ANSWERS[random.nextInt(ANSWERS.length)] + " " + MONTHS[random.nextInt(12)] + " de " + (2015 + random.nextInt(12))
                + ". " + ANSWERS[random.nextInt(ANSWERS.length)] + " " + MONTHS[random.nextInt(12)] + ", con seguimiento mensual"
                + " publicado en el portal de datos abiertos y en la página de la Alcaldía.";
    }

    private List<Long> questions(List<Long> sessions, int n, List<Long> departments, List<Long> citizens)
            throws SQLException {
        insertQuestions(sessions, n, departments, citizens, 0.8);
        return rows("SELECT q.id FROM question q JOIN accountability_session s ON s.id = q.session_id"
                + " WHERE s.title LIKE 'Volumen:%' ORDER BY q.id");
    }

    /** Inserts published questions spread over the sessions, the given share of them with a written answer. */
    private void insertQuestions(List<Long> sessions, int n, List<Long> departments, List<Long> citizens, double answered)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO question (session_id, department_id, author_id, body,"
                + " status, submitted_at, show_author, answer_due_on) VALUES (?, ?, ?, ?, 'PUBLISHED', ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
             PreparedStatement response = db.prepareStatement("INSERT INTO response (question_id, department_id, body, kind,"
                     + " status, answered_at, late) VALUES (?, ?, ?, 'WRITTEN', 'PUBLISHED', ?, ?)")) {
            for (int i = 0; i < n; i++) {
                long session = sessions.get(i % sessions.size());
                long department = departments.get(random.nextInt(departments.size()));
                Instant asked = Instant.parse("2010-01-01T12:00:00Z").plus(random.nextInt(5_800), ChronoUnit.DAYS);
                insert.setLong(1, session);
                insert.setLong(2, department);
                insert.setLong(3, citizens.get(random.nextInt(citizens.size())));
                insert.setString(4, question());
                insert.setTimestamp(5, Timestamp.from(asked));
                insert.setBoolean(6, random.nextBoolean());
                insert.setObject(7, LocalDate.ofInstant(asked, java.time.ZoneOffset.UTC).plusDays(21));
                insert.addBatch();
                if ((i + 1) % 2_000 == 0 || i == n - 1) {
                    insert.executeBatch();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        while (keys.next()) {
                            if (random.nextDouble() < answered) {
                                response.setLong(1, keys.getLong(1));
                                response.setLong(2, department);
                                response.setString(3, answer());
                                response.setTimestamp(4, Timestamp.from(asked.plus(5 + random.nextInt(30), ChronoUnit.DAYS)));
                                response.setBoolean(5, random.nextInt(10) == 0);
                                response.addBatch();
                            }
                        }
                    }
                    response.executeBatch();
                    db.commit();
                }
            }
        }
    }

    private void supports(List<Long> questions, List<Long> citizens, int n) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT IGNORE INTO question_support VALUES (?, ?, ?)")) {
            for (int i = 0; i < n; i++) {
                insert.setLong(1, questions.get(i % questions.size()));
                insert.setLong(2, citizens.get((int) (((long) (i / questions.size()) * 7_919 + i) % citizens.size())));
                insert.setTimestamp(3, Timestamp.from(Instant.parse("2020-01-01T12:00:00Z").plusSeconds(i)));
                insert.addBatch();
                flush(insert, i);
            }
            insert.executeBatch();
        }
        db.createStatement().executeUpdate("UPDATE question q JOIN (SELECT question_id, COUNT(*) c FROM question_support"
                + " GROUP BY question_id) s ON s.question_id = q.id SET q.support_count = s.c");
        db.commit();
    }

    private void commitments(int n, int updates, List<Long> departments, List<Long> sessions) throws SQLException {
        int perCommitment = Math.max(1, updates / n);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO commitment (title, description, responsible_department_id,"
                + " session_id, source, starts_on, due_on, status, progress_percent, created_at, last_changed_at)"
                + " VALUES (?, ?, ?, ?, 'SESSION', ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement update = db.prepareStatement("INSERT INTO commitment_update (commitment_id, kind, body, status,"
                     + " progress_percent, previous_status, previous_progress, department_id, created_at)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            List<Object[]> pending = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Instant created = Instant.parse("2012-01-01T15:00:00Z").plus(random.nextInt(5_000), ChronoUnit.DAYS);
                Instant last = created.plus((long) perCommitment * 20, ChronoUnit.DAYS);
                String status = STATUSES[random.nextInt(STATUSES.length)];
                int progress = status.equals("COMPLETED") ? 100 : status.equals("NOT_STARTED") ? 0 : 10 + random.nextInt(80);
                long department = departments.get(random.nextInt(departments.size()));
                insert.setString(1, "Mejorar " + SUBJECTS[random.nextInt(SUBJECTS.length)] + " (compromiso n.º " + (i + 1) + ")");
                insert.setString(2, answer());
                insert.setLong(3, department);
                insert.setLong(4, sessions.get(i % sessions.size()));
                insert.setObject(5, LocalDate.ofInstant(created, java.time.ZoneOffset.UTC));
                insert.setObject(6, LocalDate.ofInstant(created, java.time.ZoneOffset.UTC).plusDays(365 + random.nextInt(700)));
                insert.setString(7, status);
                insert.setInt(8, progress);
                insert.setTimestamp(9, Timestamp.from(created));
                insert.setTimestamp(10, Timestamp.from(last));
                insert.addBatch();
                pending.add(new Object[]{created, status, progress, department});
                if (pending.size() == 1_000 || i == n - 1) {
                    insert.executeBatch();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        int k = 0;
                        while (keys.next()) {
                            Object[] c = pending.get(k++);
                            for (int u = 0; u < perCommitment; u++) {
                                boolean first = u == 0;
                                int at = first ? 0 : (int) c[2] * u / (perCommitment - 1);
                                update.setLong(1, keys.getLong(1));
                                update.setString(2, first ? "CREATED" : "PROGRESS");
                                update.setString(3, first ? "Compromiso registrado en la sesión." : answer());
                                update.setString(4, first ? "NOT_STARTED" : u == perCommitment - 1 ? (String) c[1] : "IN_PROGRESS");
                                update.setInt(5, first ? 0 : Math.min(at, u == perCommitment - 1 ? 100 : 99));
                                update.setString(6, first ? null : "IN_PROGRESS");
                                update.setObject(7, first ? null : 0);
                                update.setLong(8, (long) c[3]);
                                update.setTimestamp(9, Timestamp.from(((Instant) c[0]).plus(u * 20L, ChronoUnit.DAYS)));
                                update.addBatch();
                            }
                        }
                    }
                    update.executeBatch();
                    db.commit();
                    pending.clear();
                }
            }
        }
    }

    /** Creates a live session with three agenda items and 2,000 published questions, open to new questions for a year. */
    private long liveSession(List<Long> departments, List<Long> citizens) throws SQLException {
        Instant now = Instant.now();
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO accountability_session (title, kind, session_year,"
                + " quarter, held_on, starts_at, place, status, questions_open_at, questions_close_at, live_changed_at)"
                + " VALUES ('Volumen: sesión en vivo de la prueba de carga', 'THEMATIC', YEAR(CURDATE()), NULL, CURDATE(),"
                + " '09:00:00', 'Centro de Convenciones Cartagena de Indias', 'LIVE', ?, ?, ?)")) {
            insert.setTimestamp(1, Timestamp.from(now.minus(1, ChronoUnit.DAYS)));
            insert.setTimestamp(2, Timestamp.from(now.plus(365, ChronoUnit.DAYS)));
            insert.setTimestamp(3, Timestamp.from(now));
            insert.executeUpdate();
        }
        long live = rows("SELECT id FROM accountability_session WHERE status = 'LIVE' AND title LIKE 'Volumen:%'").get(0);
        try (PreparedStatement presenter = db.prepareStatement("INSERT INTO session_department VALUES (?, ?)");
             PreparedStatement item = db.prepareStatement("INSERT INTO agenda_item (session_id, sort_order, title,"
                     + " duration_minutes) VALUES (?, ?, ?, 30)")) {
            for (int k = 0; k < 3; k++) {
                presenter.setLong(1, live);
                presenter.setLong(2, departments.get(k));
                presenter.addBatch();
                item.setLong(1, live);
                item.setInt(2, k + 1);
                item.setString(3, "Balance de " + SUBJECTS[k]);
                item.addBatch();
            }
            presenter.executeBatch();
            item.executeBatch();
        }
        insertQuestions(List.of(live), 2_000, departments.subList(0, 3), citizens, 0.0);
        db.createStatement().executeUpdate("UPDATE accountability_session SET current_item_id = (SELECT MIN(id) FROM"
                + " agenda_item WHERE session_id = " + live + ") WHERE id = " + live);
        db.commit();
        return live;
    }

    private static void flush(PreparedStatement statement, int i) throws SQLException {
        if ((i + 1) % 5_000 == 0) {
            statement.executeBatch();
            statement.getConnection().commit();
        }
    }

    private List<Long> rows(String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}

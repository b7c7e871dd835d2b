package co.gestionabierta.bootstrap;

import co.gestionabierta.calendar.BusinessDays;
import co.gestionabierta.catalog.Dataset;
import co.gestionabierta.catalog.Department;
import co.gestionabierta.catalog.DepartmentKind;
import co.gestionabierta.catalog.DevelopmentPlanLine;
import co.gestionabierta.catalog.EntitySettings;
import co.gestionabierta.catalog.ManagementReport;
import co.gestionabierta.commitment.Commitment;
import co.gestionabierta.commitment.CommitmentSource;
import co.gestionabierta.commitment.CommitmentStatus;
import co.gestionabierta.commitment.CommitmentUpdate;
import co.gestionabierta.commitment.Evidence;
import co.gestionabierta.evaluation.SuggestedQuestion;
import co.gestionabierta.evaluation.SurveyQuestion;
import co.gestionabierta.question.Question;
import co.gestionabierta.question.QuestionStatus;
import co.gestionabierta.session.AccountabilitySession;
import co.gestionabierta.session.ModerationMode;
import co.gestionabierta.session.SessionKind;
import co.gestionabierta.session.SessionPlan;
import co.gestionabierta.session.SessionStatus;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.commons.csv.CSVRecord;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the public facts about Cartagena in src/main/resources/demo/cartagena (see SOURCES.md
 * there) into an empty database, once: a row in demo_data_load records the load, and its primary
 * key stops a second node or a restart from loading it again.
 */
@Stateless
public class CartagenaDemoData {

    static final String NAME = "cartagena";
    private static final String FOLDER = "demo/cartagena/";
    private static final String PLAN_PERIOD = "2024-2027";
    private static final Logger LOG = Logger.getLogger(CartagenaDemoData.class);

    private static final Map<String, DepartmentKind> KINDS = Map.ofEntries(
            Map.entry("secretaría", DepartmentKind.SECRETARIAT),
            Map.entry("departamento administrativo", DepartmentKind.ADMINISTRATIVE_DEPARTMENT),
            Map.entry("escuela", DepartmentKind.SCHOOL),
            Map.entry("entidad", DepartmentKind.ENTITY),
            Map.entry("entidad descentralizada", DepartmentKind.DECENTRALIZED_ENTITY),
            Map.entry("instituto", DepartmentKind.INSTITUTE),
            Map.entry("establecimiento público", DepartmentKind.PUBLIC_ESTABLISHMENT),
            Map.entry("programa", DepartmentKind.PROGRAM),
            Map.entry("oficina asesora", DepartmentKind.ADVISORY_OFFICE),
            Map.entry("gerencia", DepartmentKind.MANAGEMENT_OFFICE),
            Map.entry("unidad", DepartmentKind.UNIT),
            Map.entry("oficina", DepartmentKind.OFFICE));

    /** The department that publishes each dataset theme, where the theme names one. */
    private static final Map<String, String> DATASET_PUBLISHERS = Map.of(
            "Educación", "SED",
            "Gestión del riesgo", "OAGRD",
            "Vivienda", "CORVIVIENDA",
            "Cooperación internacional", "COOP");

    @PersistenceContext
    private EntityManager em;

    /** Loads the data set unless it was loaded before; returns true when it loaded it now. */
    public boolean loadOnce() {
        int claimed = em.createNativeQuery(
                        "INSERT IGNORE INTO demo_data_load (name, loaded_at) VALUES (?1, UTC_TIMESTAMP(6))")
                .setParameter(1, NAME)
                .executeUpdate();
        if (claimed == 0) {
            return false;
        }

        em.persist(new EntitySettings("Alcaldía Distrital de Cartagena de Indias", "Alcaldía de Cartagena",
                EntitySettings.DEFAULT_ZONE, "https://www.cartagena.gov.co"));
        Map<String, Department> departments = loadDepartments();
        loadDevelopmentPlan();
        Map<LocalDate, AccountabilitySession> sessions = loadSessions(departments);
        loadDatasets(departments, sessions);
        loadCommitments(departments, sessions);
        loadExampleQuestions(departments, latest(sessions));
        loadExampleCommitments(departments, latest(sessions));
        loadUpcomingExampleSession(departments);

        LOG.infof("Loaded the Cartagena demo data: %d departments, %d sessions", departments.size(), sessions.size());
        return true;
    }

    private Map<String, Department> loadDepartments() {
        Map<String, Department> byCode = new HashMap<>();
        for (CSVRecord row : CsvFile.read(FOLDER + "departments.csv")) {
            DepartmentKind kind = KINDS.get(row.get("kind"));
            if (kind == null) {
                throw new IllegalStateException("Unknown department kind in departments.csv: " + row.get("kind"));
            }
            Department department = new Department(row.get("code"), row.get("name"), kind);
            em.persist(department);
            byCode.put(department.getCode(), department);
        }
        return byCode;
    }

    private void loadDevelopmentPlan() {
        for (CSVRecord row : CsvFile.read(FOLDER + "development_plan_2024_2027.csv")) {
            em.persist(new DevelopmentPlanLine(PLAN_PERIOD, row.get("line"),
                    new BigDecimal(row.get("progress_percent")), LocalDate.parse(row.get("cutoff_date"))));
        }
    }

    private Map<LocalDate, AccountabilitySession> loadSessions(Map<String, Department> departments) {
        Map<LocalDate, CSVRecord> spanish = new HashMap<>();
        for (CSVRecord row : CsvFile.read(FOLDER + "sessions_es.csv")) {
            spanish.put(LocalDate.parse(row.get("date")), row);
        }

        Map<LocalDate, AccountabilitySession> byDate = new HashMap<>();
        for (CSVRecord row : CsvFile.read(FOLDER + "sessions.csv")) {
            LocalDate heldOn = LocalDate.parse(row.get("date"));
            CSVRecord details = spanish.get(heldOn);
            AccountabilitySession session = new AccountabilitySession(row.get("title"),
                    SessionKind.valueOf(details.get("kind")), Integer.parseInt(details.get("year")), null, heldOn,
                    row.get("place"), SessionStatus.CLOSED);
            session.describe(details.get("summary_es"), Boolean.parseBoolean(details.get("date_confirmed")));
            List<Department> presenters = presenters(row.get("presenting_departments"), departments);
            presenters.forEach(session::addPresentingDepartment);
            em.persist(session);

            addAgenda(session, presenters, presenters.size() == departments.size());
            addReports(session, presenters);
            byDate.put(heldOn, session);
        }
        return byDate;
    }

    /**
     * Adds a constructed quarterly session on the first business day from the Friday two weeks after the
     * load, published and accepting questions, so the demo shows the planning, question and live screens.
     * Its summary marks it as an example, because the city has not announced it.
     */
    private void loadUpcomingExampleSession(Map<String, Department> departments) {
        Instant now = Instant.now();
        LocalDate day = LocalDate.ofInstant(now, EntitySettings.DEFAULT_ZONE).plusDays(14)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        while (!BusinessDays.isBusinessDay(day)) {
            // A Friday that is a public holiday, such as 25 December 2026, gives the next business day.
            day = day.plusDays(1);
        }
        int quarter = (day.getMonthValue() - 1) / 3 + 1;
        LocalTime start = LocalTime.of(9, 0);
        Instant questionsClose = day.atTime(12, 0).atZone(EntitySettings.DEFAULT_ZONE).toInstant();
        List<Department> presenters = List.of(department(departments, "SED"), department(departments, "SPD"),
                department(departments, "DADIS"));

        AccountabilitySession session = new AccountabilitySession(
                "Rendición de cuentas trimestral " + day.getYear() + "-T" + quarter + " (ejemplo)",
                SessionKind.QUARTERLY, day.getYear(), quarter, day, "Centro de Convenciones Cartagena de Indias",
                SessionStatus.DRAFT);
        session.plan(new SessionPlan(session.getTitle(), SessionKind.QUARTERLY, day.getYear(), quarter, day, start,
                session.getPlace(), null,
                "Sesión de ejemplo para la demostración: la Alcaldía no la ha convocado. Educación, Planeación y"
                        + " Salud presentan el avance del trimestre.", now, questionsClose, ModerationMode.BEFORE), presenters);
        session.publish();
        em.persist(session);

        em.persist(session.appendAgendaItem("Instalación y reglas de la sesión", null, 10));
        for (Department presenter : presenters) {
            em.persist(session.appendAgendaItem("Informe de gestión: " + presenter.getName(), presenter, 20));
        }
        em.persist(session.appendAgendaItem("Diálogo con la ciudadanía: preguntas y respuestas", null, 45));
        em.persist(session.appendAgendaItem("Compromisos y cierre", null, 15));
        addSuggestedSurvey(session);
    }

    /** Gives the example session the suggested evaluation survey, which citizens answer once it has been held. */
    private void addSuggestedSurvey(AccountabilitySession session) {
        List<SuggestedQuestion> suggested = SuggestedQuestion.all();
        for (int i = 0; i < suggested.size(); i++) {
            SuggestedQuestion question = suggested.get(i);
            em.persist(new SurveyQuestion(session, i + 1, question.kind(), question.prompt(), question.options(),
                    question.kind() != SurveyQuestion.Kind.TEXT));
        }
    }

    private static List<Department> presenters(String codes, Map<String, Department> departments) {
        if (codes.startsWith("all")) {
            return departments.values().stream().toList();
        }
        return Arrays.stream(codes.split(";")).map(code -> department(departments, code)).toList();
    }

    /** Adds one agenda item per presenting department, then the citizens' dialogue that every session holds. */
    private void addAgenda(AccountabilitySession session, List<Department> presenters, boolean everyDepartment) {
        if (everyDepartment) {
            em.persist(session.appendAgendaItem("Intervenciones de los secretarios y directores", null, null));
        } else {
            for (Department presenter : presenters) {
                em.persist(session.appendAgendaItem("Informe de gestión: " + presenter.getName(), presenter, null));
            }
        }
        em.persist(session.appendAgendaItem("Diálogo con la ciudadanía: preguntas y respuestas", null, null));
    }

    /** Adds each presenting department's report for the session. The demo stores no PDF. */
    private void addReports(AccountabilitySession session, List<Department> presenters) {
        if (presenters.size() > 6) {
            return;
        }
        for (Department presenter : presenters) {
            String title = "Informe de gestión vigencia " + session.getYear() + ": " + presenter.getName();
            String summary = null;
            if (presenter.getCode().equals("SPD") && session.getYear() == 2025) {
                title = "Avance del Plan de Desarrollo " + PLAN_PERIOD + " con corte al 15 de septiembre de 2025";
                summary = "38 % de las metas del cuatrienio y 61 % de lo programado para 2025.";
            }
            em.persist(new ManagementReport(presenter, session, title, summary, session.getHeldOn()));
        }
    }

    private void loadDatasets(Map<String, Department> departments, Map<LocalDate, AccountabilitySession> sessions) {
        AccountabilitySession closingHearing = sessions.get(LocalDate.of(2023, 12, 7));
        for (CSVRecord row : CsvFile.read(FOLDER + "datasets.csv")) {
            String publisherCode = DATASET_PUBLISHERS.get(row.get("theme"));
            Department publisher = publisherCode == null ? null : department(departments, publisherCode);
            String url = "https://www.datos.gov.co/browse?q="
                    + URLEncoder.encode(row.get("title"), StandardCharsets.UTF_8);
            Dataset dataset = new Dataset(row.get("title"), row.get("portal"), row.get("theme"), url, publisher);
            em.persist(dataset);

            // Every department presented at the closing hearing; later sessions show their presenters' data.
            closingHearing.linkDataset(dataset);
            for (AccountabilitySession session : sessions.values()) {
                if (publisher != null && session != closingHearing
                        && session.getPresentingDepartments().contains(publisher)) {
                    session.linkDataset(dataset);
                }
            }
        }
    }

    /**
     * Loads the OGP commitments with their history: created at the start month, completed at the end
     * month with the verified result.
     */
    private void loadCommitments(Map<String, Department> departments, Map<LocalDate, AccountabilitySession> sessions) {
        Map<String, CSVRecord> spanish = new HashMap<>();
        for (CSVRecord row : CsvFile.read(FOLDER + "ogp_commitments_es.csv")) {
            spanish.put(row.get("id"), row);
        }
        for (CSVRecord row : CsvFile.read(FOLDER + "ogp_commitments.csv")) {
            CSVRecord details = spanish.get(row.get("id"));
            List<Department> leads = Arrays.stream(row.get("lead_departments").split(";"))
                    .map(code -> department(departments, code)).toList();
            LocalDate start = YearMonth.parse(row.get("start")).atDay(1);
            LocalDate end = YearMonth.parse(row.get("end")).atEndOfMonth();
            Commitment commitment = new Commitment(row.get("id"), details.get("title_es"), leads.get(0),
                    CommitmentSource.OGP, start, end, atNoon(start));
            leads.forEach(commitment::shareWith);
            if (row.get("result").contains("2023-12-07")) {
                commitment.madeIn(sessions.get(LocalDate.of(2023, 12, 7)));
            }
            em.persist(commitment);
            em.persist(commitment.created(details.get("title_es"), null));
            if (row.get("status").equals("complete")) {
                em.persist(commitment.report(CommitmentStatus.COMPLETED, 100, details.get("result_es"), null, null,
                        atNoon(end), end));
            }
        }
    }

    /**
     * Adds two constructed commitments of a department that presented in the latest closed session,
     * marked "(ejemplo)": one in progress with evidence and one without updates past its due date.
     */
    private void loadExampleCommitments(Map<String, Department> departments, AccountabilitySession session) {
        LocalDate made = session.getHeldOn();
        Department presenter = session.getPresentingDepartments().iterator().next();
        Commitment schools = new Commitment(null, "Publicar en datos abiertos el avance del Plan de Desarrollo por localidad (ejemplo)",
                presenter, CommitmentSource.SESSION, made, made.plusMonths(10), atNoon(made));
        schools.madeIn(session);
        schools.describe("Compromiso construido para la demostración: la dependencia publica cada trimestre el avance de las metas del Plan por localidad.");
        schools.addMilestone("Conjunto de datos publicado en el portal", made.plusMonths(2));
        schools.addMilestone("Primer informe trimestral por localidad", made.plusMonths(3));
        em.persist(schools);
        em.persist(schools.created(schools.getDescription(), null));
        em.flush();
        CommitmentUpdate update = schools.report(CommitmentStatus.IN_PROGRESS, 40,
                "Se publicó el conjunto de datos con las metas del Plan por localidad (ejemplo).",
                schools.getMilestones().get(0).getId(), null, atNoon(made.plusMonths(2)), made.plusMonths(2));
        em.persist(update);
        em.persist(Evidence.link(update, "https://www.datos.gov.co/"));

        Commitment health = new Commitment(null, "Presentar el cronograma de la audiencia de seguimiento en la zona rural (ejemplo)",
                presenter, CommitmentSource.SESSION, made, made.plusMonths(6), atNoon(made));
        health.madeIn(session);
        health.describe("Compromiso construido para la demostración, sin avances registrados: muestra cómo se señala un compromiso vencido.");
        em.persist(health);
        em.persist(health.created(health.getDescription(), null));
    }

    private static Instant atNoon(LocalDate day) {
        return day.atTime(12, 0).atZone(EntitySettings.DEFAULT_ZONE).toInstant();
    }

    /**
     * Adds the example questions, dated the morning before the session, a few minutes apart. The session
     * is closed, so each records why it has no answer, as the closing rule requires.
     */
    private void loadExampleQuestions(Map<String, Department> departments, AccountabilitySession session) {
        Instant submittedAt = session.getHeldOn().minusDays(1).atTime(9, 0)
                .atZone(EntitySettings.DEFAULT_ZONE).toInstant();
        for (CSVRecord row : CsvFile.read(FOLDER + "sample_questions.csv")) {
            Question question = new Question(session, department(departments, row.get("department")), null,
                    row.get("question"), QuestionStatus.PUBLISHED, true, submittedAt);
            question.explainUnanswered("Pregunta de ejemplo construida para la demostración; no se formuló en la sesión.");
            em.persist(question);
            submittedAt = submittedAt.plus(Duration.ofMinutes(7));
        }
    }

    private static AccountabilitySession latest(Map<LocalDate, AccountabilitySession> sessions) {
        return sessions.values().stream()
                .max(java.util.Comparator.comparing(AccountabilitySession::getHeldOn))
                .orElseThrow(() -> new IllegalStateException("sessions.csv contains no session"));
    }

    private static Department department(Map<String, Department> departments, String code) {
        Department department = departments.get(code.strip());
        if (department == null) {
            throw new IllegalStateException("Unknown department code in the demo data: " + code);
        }
        return department;
    }
}

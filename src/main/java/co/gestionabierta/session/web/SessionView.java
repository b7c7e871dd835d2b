package co.gestionabierta.session.web;

import co.gestionabierta.catalog.CatalogRepository;
import co.gestionabierta.catalog.ManagementReport;
import co.gestionabierta.commitment.Commitment;
import co.gestionabierta.commitment.CommitmentRepository;
import co.gestionabierta.question.ModerationEvent;
import co.gestionabierta.question.Question;
import co.gestionabierta.question.QuestionRepository;
import co.gestionabierta.session.AccountabilitySession;
import co.gestionabierta.session.SessionRepository;
import co.gestionabierta.session.SessionStatus;
import co.gestionabierta.evaluation.Evaluations;
import co.gestionabierta.evaluation.SurveyResult;
import co.gestionabierta.web.Requests;
import co.gestionabierta.web.NotFoundException;
import co.gestionabierta.web.Site;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One session's public page: agenda, reports, datasets, questions with responses (sorted by support
 * or date), the moderation log and commitments. What depends on the reader (their buttons, the way to
 * ask) is rendered by {@link SessionReaderParts}, so the page can be shared from the page cache.
 */
@Named
@RequestScoped
public class SessionView {

    @Inject
    private SessionRepository sessions;

    @Inject
    private QuestionRepository questions;

    @Inject
    private CommitmentRepository commitments;

    @Inject
    private CatalogRepository catalog;

    @Inject
    private Site site;

    @EJB
    private Evaluations evaluations;

    private String id;
    private String order;
    private AccountabilitySession session;
    private List<ManagementReport> reports;
    private List<Question> publishedQuestions;
    private long questionCount;
    private String page;
    private List<Commitment> sessionCommitments;
    private List<SurveyResult> evaluation;
    private boolean surveyAvailable;

    /** Loads the session when the bean is made, from the id, order and page in the address. */
    @PostConstruct
    void init() {
        var parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        id = parameters.get("id");
        order = parameters.get("order");
        page = parameters.get("page");
        fetch();
    }

    private void fetch() {
        Long sessionId = parseId(id);
        session = sessionId == null ? null : sessions.findPublicWithDetails(sessionId).orElse(null);
        if (session == null) {
            return;
        }
        reports = catalog.findReportsBySession(sessionId);
        questionCount = questions.countPublishedBySession(sessionId);
        publishedQuestions = questions.findPublishedBySession(sessionId, isBySupport()
                ? QuestionRepository.Order.SUPPORT : QuestionRepository.Order.DATE, (getPage() - 1) * QUESTIONS_PER_PAGE,
                QUESTIONS_PER_PAGE);
        sessionCommitments = commitments.findBySession(sessionId);
        // Before the session is held its survey has no answers, so the page shows no empty charts.
        evaluation = isReportAvailable() ? evaluations.results(sessionId) : List.of();
        surveyAvailable = session.isTakingEvaluations() && !evaluation.isEmpty();
    }

    /**
     * Sends 404 for an unknown or draft session. A post from a form that keeps no id in its address,
     * such as the language switch, reaches here with the id restored from the view parameter.
     */
    public void load() throws IOException {
        if (session == null && id != null) {
            fetch();
        }
        if (session == null) {
            Requests.sendNotFound();
        }
    }

    static Long parseId(String value) {
        if (value == null || !value.matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(value);
    }

    /** Returns whether the session takes questions now, so the page shows how to ask. */
    public boolean isAccepting() {
        return session.acceptsQuestionsAt(Instant.now());
    }

    public boolean isOverdue(Question question) {
        return question.isOverdueOn(LocalDate.now(site.getZone()));
    }

    public List<ModerationEvent> getModerationLog() {
        return questions.findModerationLog(session.getId());
    }

    public boolean isBySupport() {
        return "support".equals(order);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }

    public AccountabilitySession getSession() {
        return session;
    }

    public List<ManagementReport> getReports() {
        return reports;
    }

    /** Questions shown per page: a live session can receive thousands. */
    public static final int QUESTIONS_PER_PAGE = 50;

    /** Returns the page of questions shown, from 1; anything else in the address is page 1. */
    public int getPage() {
        return page != null && page.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(page) : 1;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public long getQuestionCount() {
        return questionCount;
    }

    public int getPageCount() {
        return (int) Math.max(1, (questionCount + QUESTIONS_PER_PAGE - 1) / QUESTIONS_PER_PAGE);
    }

    public List<Question> getQuestions() {
        return publishedQuestions;
    }

    public List<Commitment> getCommitments() {
        return sessionCommitments;
    }

    /** The figures of the citizens' evaluation, one per survey question. */
    public List<SurveyResult> getEvaluation() {
        return evaluation;
    }

    /** Whether the survey takes answers now: the session was held and owes its written answers. */
    public boolean isSurveyAvailable() {
        return surveyAvailable;
    }

    /** Whether the session was held, so its report has something to tell. */
    public boolean isReportAvailable() {
        return session.getStatus() == SessionStatus.ANSWERING || session.getStatus() == SessionStatus.CLOSED;
    }
}

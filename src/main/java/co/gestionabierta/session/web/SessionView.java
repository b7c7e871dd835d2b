package co.gestionabierta.session.web;

import co.gestionabierta.notification.Follow;
import co.gestionabierta.notification.Notifications;
import co.gestionabierta.account.CurrentUser;
import co.gestionabierta.catalog.CatalogRepository;
import co.gestionabierta.catalog.ManagementReport;
import co.gestionabierta.commitment.Commitment;
import co.gestionabierta.commitment.CommitmentRepository;
import co.gestionabierta.question.ModerationEvent;
import co.gestionabierta.question.Question;
import co.gestionabierta.question.QuestionRepository;
import co.gestionabierta.question.QuestionRuleException;
import co.gestionabierta.question.QuestionService;
import co.gestionabierta.session.AccountabilitySession;
import co.gestionabierta.session.SessionRepository;
import co.gestionabierta.session.SessionStatus;
import co.gestionabierta.evaluation.Evaluations;
import co.gestionabierta.evaluation.SurveyResult;
import co.gestionabierta.web.Messages;
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
import java.util.Set;

/**
 * One session's public page: agenda, reports, datasets, questions with responses (sorted by support
 * or date), the moderation log and commitments. Signed-in citizens support questions here.
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

    @EJB
    private QuestionService questionService;

    @EJB
    private Notifications notifications;

    @Inject
    private CurrentUser currentUser;

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
    private Set<Long> supported;
    private Set<Long> followed;
    private boolean followingSession;
    private List<SurveyResult> evaluation;
    private boolean surveyAvailable;
    private boolean surveyAnswered;

    /**
     * Loads the session when the bean is made, from the id in the address, so the question forms exist
     * when a post is decoded. Those forms post back to the page's own address, id included.
     */
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
        supported = currentUser.hasRole("CITIZEN")
                ? questions.findSupportedBy(currentUser.require().getId(), sessionId) : Set.of();
        followed = currentUser.hasRole("CITIZEN")
                ? questions.findFollowedBy(currentUser.require().getId(), sessionId) : Set.of();
        followingSession = currentUser.hasRole("CITIZEN")
                && notifications.isFollowing(currentUser.require(), Follow.Target.SESSION, sessionId);
        evaluation = evaluations.results(sessionId);
        surveyAvailable = Evaluations.isOpen(session) && !evaluation.isEmpty();
        surveyAnswered = surveyAvailable && currentUser.hasRole("CITIZEN")
                && evaluations.hasAnswered(currentUser.require(), sessionId);
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

    public String support(long questionId) {
        try {
            boolean added = questionService.supportQuestion(currentUser.require(), questionId);
            Messages.flashInfo(added ? "question.supported" : "question.supportedAlready");
        } catch (QuestionRuleException e) {
            Messages.flashError(e.getMessageKey(), e.getArguments());
        } catch (NotFoundException e) {
            Messages.flashError("question.gone");
        }
        return "/session?faces-redirect=true&id=" + session.getId() + (isBySupport() ? "&order=support" : "")
                + (getPage() > 1 ? "&page=" + getPage() : "");
    }

    /** Makes the signed-in citizen follow a published question of this session. */
    public String follow(long questionId) {
        if (publishedQuestions.stream().anyMatch(q -> q.getId() == questionId)) {
            questionService.followQuestion(currentUser.require(), questionId);
            Messages.flashInfo("question.followed");
        } else {
            Messages.flashError("question.gone");
        }
        return "/session?faces-redirect=true&id=" + session.getId() + (isBySupport() ? "&order=support" : "")
                + (getPage() > 1 ? "&page=" + getPage() : "");
    }

    /** Makes the signed-in citizen follow the session: its start, its published responses, its closing and new commitments. */
    public String followSession() {
        notifications.follow(currentUser.require(), Follow.Target.SESSION, session.getId());
        Messages.flashInfo("session.followed");
        return "/session?faces-redirect=true&id=" + session.getId();
    }

    public String unfollowSession() {
        notifications.unfollow(currentUser.require(), Follow.Target.SESSION, session.getId());
        Messages.flashInfo("session.unfollowed");
        return "/session?faces-redirect=true&id=" + session.getId();
    }

    public boolean isFollowingSession() {
        return followingSession;
    }

    public boolean isFollowing(long questionId) {
        return followed.contains(questionId);
    }

    public boolean isSupported(long questionId) {
        return supported.contains(questionId);
    }

    public boolean isAccepting() {
        return session.acceptsQuestionsAt(Instant.now());
    }

    /**
     * Returns whether the question form is on the page: while questions are accepted, and also when a form shown
     * earlier is sent after the window closed, so that the sender reads why it was not stored.
     */
    public boolean isAskFormShown() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return isAccepting() || faces.isPostback() && faces.getExternalContext().getRequestParameterMap().containsKey("ask");
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

    public boolean isSurveyAnswered() {
        return surveyAnswered;
    }

    /** Whether the session was held, so its report has something to tell. */
    public boolean isReportAvailable() {
        return session.getStatus() == SessionStatus.ANSWERING || session.getStatus() == SessionStatus.CLOSED;
    }
}

package co.gestionabierta.question.web;

import co.gestionabierta.account.CurrentUser;
import co.gestionabierta.catalog.Department;
import co.gestionabierta.question.Question;
import co.gestionabierta.question.QuestionForm;
import co.gestionabierta.question.QuestionRuleException;
import co.gestionabierta.question.QuestionService;
import co.gestionabierta.question.QuestionStatus;
import co.gestionabierta.web.Dates;
import co.gestionabierta.session.AccountabilitySession;
import co.gestionabierta.session.SessionRepository;
import co.gestionabierta.web.Messages;
import co.gestionabierta.web.NotFoundException;
import co.gestionabierta.web.Notices;
import co.gestionabierta.web.Requests;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The question page of a session, where a signed-in citizen sends a question while the session takes
 * questions. The form carries a key made when it is shown, so a double click or a resent post stores one
 * question. After the question is stored the citizen returns to the session page with a message.
 */
@Named
@ViewScoped
public class AskQuestionView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The "no sé" choice of the department list. */
    public static final long UNKNOWN_DEPARTMENT = 0L;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private QuestionService questions;

    @Inject
    private Dates dates;

    @Inject
    private SessionRepository sessions;

    private String sessionId;
    private transient AccountabilitySession session;

    private String submissionKey = UUID.randomUUID().toString();
    private Long departmentId;
    private Long agendaItemId;
    private String text;
    /** Whether the name is published: only when the citizen ticks the box, because personal data needs express consent. */
    private boolean showAuthor;
    private boolean consent;

    /**
     * Loads the session when the bean is made, from the address, so the form is there when a post is
     * decoded: the form posts back to the page's own address, session included.
     */
    @PostConstruct
    void init() {
        sessionId = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("session");
        fetch();
    }

    private void fetch() {
        if (session == null && sessionId != null && sessionId.matches("[0-9]{1,18}")) {
            session = sessions.findPublicWithDetails(Long.parseLong(sessionId)).orElse(null);
        }
    }

    /** Sends 404 for an unknown or unpublished session. */
    public void load() throws IOException {
        fetch();
        if (session == null) {
            Requests.sendNotFound();
        }
    }

    public boolean isCitizen() {
        return currentUser.hasRole("CITIZEN");
    }

    /**
     * Returns whether the form is on the page: while the session takes questions, and also when a form
     * shown earlier is sent after the window closed, so that the sender reads why it was not stored.
     */
    public boolean isFormShown() {
        fetch();
        return session != null && isCitizen() && (session.acceptsQuestionsAt(Instant.now()) || FacesContext.getCurrentInstance().isPostback());
    }

    /** Says why the session takes no questions now. */
    public String getClosedReason() {
        Instant opens = session.getQuestionsOpenAt();
        return opens != null && Instant.now().isBefore(opens)
                ? Messages.text("question.rule.notOpenYet", dates.dateTime(opens)) : Messages.text("question.ask.closed");
    }

    public String submit() {
        QuestionForm form = new QuestionForm(session.getId(),
                departmentId == null || departmentId == UNKNOWN_DEPARTMENT ? null : departmentId, agendaItemId, text,
                showAuthor, consent, submissionKey);
        try {
            return received(questions.askQuestion(currentUser.require(), form));
        } catch (QuestionRuleException e) {
            Messages.error(e.getMessageKey(), formatted(e.getArguments()));
        } catch (NotFoundException e) {
            Messages.error("question.sessionGone");
        } catch (PersistenceException | EJBException e) {
            // Two posts of the same form at once: the second hits the unique key, the first stored it.
            Question stored = questions.findBySubmissionKey(currentUser.require(), submissionKey);
            if (stored == null) {
                throw e;
            }
            return received(stored);
        }
        return null;
    }

    /**
     * Leaves the thanks for the session page, which may come from the page cache, and goes there. A
     * question that awaits moderation is not on that page yet, so its thanks explains that review comes first.
     */
    private String received(Question question) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Notices.info(request.getSession(true), Messages.text(question.getStatus() == QuestionStatus.PUBLISHED
                ? "question.received" : "question.received.pending"));
        return "/session?faces-redirect=true&id=" + session.getId();
    }

    /** Shows instants in a message as dates and times in the entity's zone. */
    private Object[] formatted(Object[] arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Instant instant) {
                shown[i] = dates.dateTime(instant);
            }
        }
        return shown;
    }

    public String getSessionId() {
        return sessionId;
    }

    public void setSessionId(String sessionId) {
        this.sessionId = sessionId;
    }

    public AccountabilitySession getSession() {
        return session;
    }

    public List<Department> getDepartments() {
        return questions.departments();
    }

    public int getMaxLength() {
        return Question.MAX_LENGTH;
    }

    public long getUnknownDepartment() {
        return UNKNOWN_DEPARTMENT;
    }

    /** The form's key, sent back in a hidden field, so a resent form is known whatever view it reaches. */
    public String getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(String submissionKey) {
        if (submissionKey != null && submissionKey.matches("[0-9a-f-]{36}")) {
            this.submissionKey = submissionKey;
        }
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public Long getAgendaItemId() {
        return agendaItemId;
    }

    public void setAgendaItemId(Long agendaItemId) {
        this.agendaItemId = agendaItemId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isShowAuthor() {
        return showAuthor;
    }

    public void setShowAuthor(boolean showAuthor) {
        this.showAuthor = showAuthor;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}

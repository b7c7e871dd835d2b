package co.gestionabierta.question.web;

import co.gestionabierta.account.CurrentUser;
import co.gestionabierta.catalog.Department;
import co.gestionabierta.question.Question;
import co.gestionabierta.question.QuestionForm;
import co.gestionabierta.question.QuestionRuleException;
import co.gestionabierta.question.QuestionService;
import co.gestionabierta.web.Dates;
import co.gestionabierta.web.Messages;
import co.gestionabierta.web.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The form on a session page where a signed-in citizen asks a question. The form carries a key made
 * when it is shown, so a double click or a resent post stores one question.
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

    private final String submissionKey = UUID.randomUUID().toString();
    private Long departmentId;
    private Long agendaItemId;
    private String text;
    private boolean showAuthor = true;
    private boolean consent;

    public String submit(long sessionId) {
        QuestionForm form = new QuestionForm(sessionId,
                departmentId == null || departmentId == UNKNOWN_DEPARTMENT ? null : departmentId, agendaItemId, text,
                showAuthor, consent, submissionKey);
        try {
            long id = questions.askQuestion(currentUser.require(), form);
            Messages.flashInfo("question.received");
            return "/session?faces-redirect=true&id=" + sessionId;
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
            Messages.flashInfo("question.received");
            return "/session?faces-redirect=true&id=" + sessionId;
        }
        return null;
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

    public List<Department> getDepartments() {
        return questions.departments();
    }

    public int getMaxLength() {
        return Question.MAX_LENGTH;
    }

    public long getUnknownDepartment() {
        return UNKNOWN_DEPARTMENT;
    }

    public String getSubmissionKey() {
        return submissionKey;
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

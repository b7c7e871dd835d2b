package co.gestionabierta.evaluation.web;

import co.gestionabierta.account.CurrentUser;
import co.gestionabierta.evaluation.Evaluations;
import co.gestionabierta.evaluation.SurveyQuestion;
import co.gestionabierta.evaluation.SurveyResult;
import co.gestionabierta.evaluation.SurveyRuleException;
import co.gestionabierta.session.AccountabilitySession;
import co.gestionabierta.session.SessionRepository;
import co.gestionabierta.web.Messages;
import co.gestionabierta.web.NotFoundException;
import co.gestionabierta.web.Requests;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** A moderator writes a session's survey, and reads its figures and free-text answers. */
@Named
@RequestScoped
public class SurveyEditView {

    @Inject
    private SessionRepository sessions;

    @EJB
    private Evaluations evaluations;

    @Inject
    private CurrentUser currentUser;

    private AccountabilitySession session;
    private List<SurveyQuestion> questions;
    private long responseCount;
    private SurveyQuestion.Kind kind = SurveyQuestion.Kind.SCALE;
    private String prompt;
    private String options;
    private boolean required = true;

    @PostConstruct
    void init() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (id == null || !id.matches("[0-9]{1,18}") || !currentUser.hasRole("MODERATOR")) {
            return;
        }
        session = sessions.findWithDetails(Long.parseLong(id)).orElse(null);
        if (session != null) {
            questions = evaluations.findQuestions(session.getId());
            responseCount = evaluations.countResponses(session.getId());
        }
    }

    public void load() throws IOException {
        if (session == null) {
            Requests.sendNotFound();
        }
    }

    public String add() {
        try {
            evaluations.addQuestion(currentUser.require(), session.getId(), kind, prompt, options, required);
            Messages.flashInfo("survey.questionAdded");
            return self();
        } catch (SurveyRuleException e) {
            Messages.error(e.getMessageKey(), e.getArguments());
            return null;
        }
    }

    public String addSuggested() {
        try {
            evaluations.addSuggestedQuestions(currentUser.require(), session.getId());
            Messages.flashInfo("survey.suggestedAdded");
            return self();
        } catch (SurveyRuleException e) {
            Messages.error(e.getMessageKey(), e.getArguments());
            return null;
        }
    }

    public String remove(long questionId) {
        try {
            evaluations.removeQuestion(currentUser.require(), session.getId(), questionId);
            Messages.flashInfo("survey.questionRemoved");
            return self();
        } catch (SurveyRuleException e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        } catch (NotFoundException e) {
            Messages.error("survey.questionGone");
        }
        return null;
    }

    private String self() {
        return "/moderator/survey?faces-redirect=true&id=" + session.getId();
    }

    public boolean isEditable() {
        return responseCount == 0 && session.getStatus() != co.gestionabierta.session.SessionStatus.CLOSED;
    }

    public List<SurveyResult> getResults() {
        return evaluations.results(session.getId());
    }

    /** The free-text answers per question, as entries for the page to repeat. */
    public List<Map.Entry<SurveyQuestion, List<String>>> getTextAnswers() {
        return List.copyOf(evaluations.textAnswers(currentUser.require(), session.getId()).entrySet());
    }

    public List<SurveyQuestion.Kind> getKinds() {
        return List.of(SurveyQuestion.Kind.values());
    }

    public AccountabilitySession getSession() {
        return session;
    }

    public List<SurveyQuestion> getQuestions() {
        return questions;
    }

    public long getResponseCount() {
        return responseCount;
    }

    public SurveyQuestion.Kind getKind() {
        return kind;
    }

    public void setKind(SurveyQuestion.Kind kind) {
        this.kind = kind;
    }

    public String getPrompt() {
        return prompt;
    }

    public void setPrompt(String prompt) {
        this.prompt = prompt;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }
}

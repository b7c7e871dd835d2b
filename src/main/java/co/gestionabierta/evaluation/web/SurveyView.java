package co.gestionabierta.evaluation.web;

import co.gestionabierta.account.CurrentUser;
import co.gestionabierta.evaluation.Evaluations;
import co.gestionabierta.evaluation.SurveyQuestion;
import co.gestionabierta.evaluation.SurveyRuleException;
import co.gestionabierta.session.AccountabilitySession;
import co.gestionabierta.session.SessionRepository;
import co.gestionabierta.web.Messages;
import co.gestionabierta.web.NotFoundException;
import co.gestionabierta.web.Requests;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The evaluation survey of one session, answered once by each signed-in citizen after the session. */
@Named
@RequestScoped
public class SurveyView {

    @Inject
    private SessionRepository sessions;

    @EJB
    private Evaluations evaluations;

    @Inject
    private CurrentUser currentUser;

    private AccountabilitySession session;
    private List<SurveyQuestion> questions;
    private boolean answered;
    private final Map<Long, String> answers = new HashMap<>();

    @PostConstruct
    void init() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (id == null || !id.matches("[0-9]{1,18}")) {
            return;
        }
        session = sessions.findPublicWithDetails(Long.parseLong(id)).orElse(null);
        if (session != null) {
            questions = evaluations.findQuestions(session.getId());
            answered = currentUser.hasRole("CITIZEN") && evaluations.hasAnswered(currentUser.require(), session.getId());
        }
    }

    public void load() throws IOException {
        if (session == null) {
            Requests.sendNotFound();
        }
    }

    public String submit() {
        try {
            evaluations.answer(currentUser.require(), session.getId(), answers);
            Messages.flashInfo("survey.thanks");
            return "/session?faces-redirect=true&id=" + session.getId();
        } catch (SurveyRuleException e) {
            if ("survey.rule.answeredAlready".equals(e.getMessageKey())) {
                // The page shows its own paragraph for an answered survey, and a message would repeat that text.
                answered = true;
                return null;
            }
            Messages.error(e.getMessageKey(), e.getArguments());
        } catch (NotFoundException e) {
            Messages.error("survey.gone");
        } catch (EJBException e) {
            // A second post of the same form lost the race on the unique key after the first one stored.
            if (evaluations.hasAnswered(currentUser.require(), session.getId())) {
                Messages.flashInfo("survey.rule.answeredAlready");
                return "/session?faces-redirect=true&id=" + session.getId();
            }
            throw e;
        }
        return null;
    }

    /** Returns the message for a required question left unanswered, the same text the service uses. */
    public String requiredMessage(SurveyQuestion question) {
        return Messages.text("survey.rule.required", question.getPosition(), question.getPrompt());
    }

    public boolean isOpen() {
        return session.isTakingEvaluations() && !questions.isEmpty();
    }

    /** Returns the scale's values, 1 to 5; the page labels them from "1 · Muy malo" to "5 · Muy bueno". */
    public List<String> getScaleValues() {
        return List.of("1", "2", "3", "4", "5");
    }

    public AccountabilitySession getSession() {
        return session;
    }

    public List<SurveyQuestion> getQuestions() {
        return questions;
    }

    public boolean isAnswered() {
        return answered;
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }
}

package co.gestionabierta.question.web;

import co.gestionabierta.account.CurrentUser;
import co.gestionabierta.question.Question;
import co.gestionabierta.question.QuestionRepository;
import co.gestionabierta.question.QuestionRuleException;
import co.gestionabierta.question.QuestionService;
import co.gestionabierta.web.Dates;
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
import java.time.LocalDate;

/**
 * One question of the secretary's department (?id=): answer it live or in writing, or extend its deadline
 * once. Another department's question answers 404. The forms post back to the page's own address.
 */
@Named
@RequestScoped
public class SecretaryQuestionView {

    @Inject
    private CurrentUser currentUser;

    @EJB
    private QuestionService service;

    @EJB
    private QuestionRepository questions;

    @Inject
    private Site site;

    @Inject
    private Dates dates;

    private Question question;
    private String answer;
    private LocalDate newDueOn;
    private String extensionReason;

    @PostConstruct
    void init() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        question = id == null || !id.matches("[0-9]{1,18}") ? null
                : questions.findForDepartment(currentUser.require().getDepartment().getId(), Long.parseLong(id))
                .orElse(null);
    }

    public void load() throws IOException {
        if (question == null) {
            Requests.sendNotFound();
        }
    }

    public void answerLive() {
        run(() -> service.answerLive(currentUser.require(), question.getId(), answer), "answer.publishedLive");
    }

    public void answerInWriting() {
        run(() -> service.answerInWriting(currentUser.require(), question.getId(), answer), "answer.published");
    }

    public void extend() {
        if (newDueOn == null) {
            Messages.error("answer.extension.dateRequired");
            return;
        }
        run(() -> service.extendDeadline(currentUser.require(), question.getId(), newDueOn, extensionReason),
                "answer.extended");
    }

    private void run(Runnable action, String successKey) {
        try {
            action.run();
            Messages.info(successKey);
        } catch (QuestionRuleException e) {
            Object[] arguments = e.getArguments();
            for (int i = 0; i < arguments.length; i++) {
                if (arguments[i] instanceof LocalDate day) {
                    arguments[i] = dates.date(day);
                }
            }
            Messages.error(e.getMessageKey(), arguments);
        } catch (NotFoundException e) {
            Messages.error("question.gone");
        }
        init();
    }

    public boolean isOverdue() {
        return question.isOverdueOn(LocalDate.now(site.getZone()));
    }

    public Question getQuestion() {
        return question;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public LocalDate getNewDueOn() {
        return newDueOn;
    }

    public void setNewDueOn(LocalDate newDueOn) {
        this.newDueOn = newDueOn;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public void setExtensionReason(String extensionReason) {
        this.extensionReason = extensionReason;
    }
}

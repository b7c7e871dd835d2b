package co.gestionabierta.question.web;

import co.gestionabierta.account.CurrentUser;
import co.gestionabierta.question.Question;
import co.gestionabierta.question.QuestionRepository;
import co.gestionabierta.web.Site;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.List;

/** The questions addressed to the secretary's department, unanswered first and by due date. */
@Named
@RequestScoped
public class SecretaryQuestionsView {

    @Inject
    private CurrentUser currentUser;

    @EJB
    private QuestionRepository questions;

    @Inject
    private Site site;

    private List<Question> own;

    @PostConstruct
    void init() {
        own = questions.findForDepartment(currentUser.require().getDepartment().getId());
    }

    public boolean isOverdue(Question question) {
        return question.isOverdueOn(LocalDate.now(site.getZone()));
    }

    public List<Question> getQuestions() {
        return own;
    }
}

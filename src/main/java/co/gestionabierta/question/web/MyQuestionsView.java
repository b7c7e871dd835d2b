package co.gestionabierta.question.web;

import co.gestionabierta.account.CurrentUser;
import co.gestionabierta.question.Question;
import co.gestionabierta.question.QuestionRepository;
import co.gestionabierta.question.QuestionService;
import co.gestionabierta.question.Response;
import co.gestionabierta.web.Messages;
import co.gestionabierta.web.NotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** A citizen's own questions with their status, deadline and answer, which they rate here. */
@Named
@RequestScoped
public class MyQuestionsView {

    @Inject
    private CurrentUser currentUser;

    @EJB
    private QuestionService service;

    @EJB
    private QuestionRepository questions;

    private List<Question> own;

    @PostConstruct
    void init() {
        own = questions.findByAuthor(currentUser.require().getId());
    }

    public void rate(long questionId, String rating) {
        try {
            service.rateAnswer(currentUser.require(), questionId, Response.Rating.valueOf(rating));
            Messages.info("answer.rated");
        } catch (NotFoundException | IllegalArgumentException e) {
            Messages.error("question.gone");
        }
        init();
    }

    public List<Question> getQuestions() {
        return own;
    }
}

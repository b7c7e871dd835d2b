package co.gestionabierta.session.web;

import co.gestionabierta.account.CurrentUser;
import co.gestionabierta.question.Question;
import co.gestionabierta.question.QuestionRepository;
import co.gestionabierta.session.AccountabilitySession;
import co.gestionabierta.session.AgendaItem;
import co.gestionabierta.session.SessionPlanning;
import co.gestionabierta.session.SessionRepository;
import co.gestionabierta.session.SessionRuleException;
import co.gestionabierta.web.Messages;
import co.gestionabierta.web.Requests;
import co.gestionabierta.web.NotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.util.List;

/** The moderator's console for a live session: what goes on the public live screen. */
@Named
@RequestScoped
public class LiveConsoleView {

    @Inject
    private CurrentUser currentUser;

    @EJB
    private SessionPlanning planning;

    @EJB
    private SessionRepository sessions;

    @EJB
    private QuestionRepository questions;

    private String id;
    private AccountabilitySession session;
    private List<Question> published;

    /**
     * Loads the session when the bean is made, from the id in the address, so the console's buttons exist
     * when a form post is decoded. The console form posts back to its own address, id included.
     */
    @PostConstruct
    void init() {
        id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        fetch();
    }

    private void fetch() {
        Long sessionId = SessionView.parseId(id);
        session = sessionId == null ? null : sessions.findWithDetails(sessionId).orElse(null);
    }

    /** Sends 404 for an unknown session; the language switch posts without the id in its address. */
    public void load() throws IOException {
        if (session == null && id != null) {
            fetch();
        }
        if (session == null) {
            Requests.sendNotFound();
        }
    }

    public void showItem(long itemId) {
        run(() -> planning.showAgendaItem(currentUser.require(), session.getId(), itemId), "live.console.itemShown");
    }

    public void showNext() {
        AgendaItem next = session.getNextItem();
        if (next == null) {
            Messages.error("live.console.noNext");
            return;
        }
        showItem(next.getId());
    }

    public void showQuestion(long questionId) {
        run(() -> planning.showQuestion(currentUser.require(), session.getId(), questionId),
                "live.console.questionShown");
    }

    public void clearQuestion() {
        run(() -> planning.showQuestion(currentUser.require(), session.getId(), null), "live.console.questionCleared");
    }

    private void run(Runnable action, String successKey) {
        try {
            action.run();
            Messages.info(successKey);
        } catch (SessionRuleException e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        } catch (NotFoundException e) {
            Messages.error("live.console.gone");
        }
        session = sessions.findWithDetails(session.getId()).orElseThrow();
        published = null;
    }

    public List<Question> getQuestions() {
        if (published == null) {
            published = questions.findPublishedBySession(session.getId());
        }
        return published;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public AccountabilitySession getSession() {
        return session;
    }
}

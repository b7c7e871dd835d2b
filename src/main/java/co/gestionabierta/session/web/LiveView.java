package co.gestionabierta.session.web;

import co.gestionabierta.question.Question;
import co.gestionabierta.question.QuestionRepository;
import co.gestionabierta.session.AccountabilitySession;
import co.gestionabierta.session.AgendaItem;
import co.gestionabierta.session.SessionRepository;
import co.gestionabierta.web.Requests;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.time.LocalTime;
import java.util.List;

/**
 * The public live page of a session: livestream, the agenda item and question on screen, and what
 * comes next. It is read again from the database on every refresh, which a web socket message
 * triggers, so every viewer on every server node shows the same state.
 */
@Named
@RequestScoped
public class LiveView {

    @Inject
    private SessionRepository sessions;

    @Inject
    private QuestionRepository questions;

    private String id;
    private AccountabilitySession session;

    public void load() throws IOException {
        Long sessionId = SessionView.parseId(id);
        session = sessionId == null ? null : sessions.findPublicWithDetails(sessionId).orElse(null);
        if (session == null) {
            Requests.sendNotFound();
        }
    }

    /** Planned start time of an agenda item, or null when it cannot be computed. */
    public LocalTime startOf(AgendaItem item) {
        int index = session.getAgenda().indexOf(item);
        return index < 0 ? null : session.getAgendaStartTimes().get(index);
    }

    /** Lists the five most supported questions of the session. */
    public List<Question> getMostSupported() {
        return questions.findMostSupported(session.getId(), 5);
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

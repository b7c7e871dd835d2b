package co.gestionabierta.session.web;

import co.gestionabierta.catalog.CatalogRepository;
import co.gestionabierta.catalog.ManagementReport;
import co.gestionabierta.commitment.Commitment;
import co.gestionabierta.commitment.CommitmentRepository;
import co.gestionabierta.question.Question;
import co.gestionabierta.question.QuestionRepository;
import co.gestionabierta.session.AccountabilitySession;
import co.gestionabierta.session.SessionRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;

/** One session's public page: agenda, reports, datasets, questions with responses, commitments. */
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

    private String id;
    private AccountabilitySession session;
    private List<ManagementReport> reports;
    private List<Question> publishedQuestions;
    private List<Commitment> sessionCommitments;

    /** Loads the session named by the id parameter, or returns 404 when there is none. */
    public void load() throws IOException {
        Long sessionId = parseId(id);
        session = sessionId == null ? null : sessions.findWithDetails(sessionId).orElse(null);
        if (session == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
            return;
        }
        reports = catalog.findReportsBySession(sessionId);
        publishedQuestions = questions.findPublishedBySession(sessionId);
        sessionCommitments = commitments.findBySession(sessionId);
    }

    static Long parseId(String value) {
        if (value == null || !value.matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(value);
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

    public List<ManagementReport> getReports() {
        return reports;
    }

    public List<Question> getQuestions() {
        return publishedQuestions;
    }

    public List<Commitment> getCommitments() {
        return sessionCommitments;
    }
}

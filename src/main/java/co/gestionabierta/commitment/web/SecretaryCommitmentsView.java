package co.gestionabierta.commitment.web;

import co.gestionabierta.account.CurrentUser;
import co.gestionabierta.commitment.Commitment;
import co.gestionabierta.commitment.CommitmentService;
import co.gestionabierta.question.Question;
import co.gestionabierta.session.AccountabilitySession;
import co.gestionabierta.web.Site;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.List;

/**
 * A secretary's commitments page: their department's commitments with a link to post progress, and the
 * held sessions and answered questions a new commitment can come from.
 */
@Named
@RequestScoped
public class SecretaryCommitmentsView {

    @Inject
    private CurrentUser currentUser;

    @EJB
    private CommitmentService service;

    @Inject
    private Site site;

    private List<Commitment> own;

    public List<Commitment> getCommitments() {
        if (own == null) {
            own = service.findOwn(currentUser.require());
        }
        return own;
    }

    public boolean isOverdue(Commitment commitment) {
        return commitment.isOverdue(LocalDate.now(site.getZone()));
    }

    public List<AccountabilitySession> getHeldSessions() {
        return service.findHeldSessions(currentUser.require());
    }

    public List<Question> getAnsweredQuestions() {
        return service.findAnsweredQuestions(currentUser.require());
    }
}

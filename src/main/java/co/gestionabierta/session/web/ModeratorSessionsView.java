package co.gestionabierta.session.web;

import co.gestionabierta.session.AccountabilitySession;
import co.gestionabierta.session.SessionRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The moderators' list of every session, drafts included. */
@Named
@RequestScoped
public class ModeratorSessionsView {

    @Inject
    private SessionRepository sessions;

    private List<AccountabilitySession> all;

    public List<AccountabilitySession> getSessions() {
        if (all == null) {
            all = sessions.findAllNewestFirst();
        }
        return all;
    }
}

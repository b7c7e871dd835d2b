package co.gestionabierta.session.web;

import co.gestionabierta.session.AccountabilitySession;
import co.gestionabierta.session.SessionRepository;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The list of all accountability sessions, newest first. */
@Named
@RequestScoped
public class SessionsView {

    @Inject
    private SessionRepository sessions;

    private List<AccountabilitySession> all;

    @PostConstruct
    void load() {
        all = sessions.findAllNewestFirst();
    }

    public List<AccountabilitySession> getSessions() {
        return all;
    }
}

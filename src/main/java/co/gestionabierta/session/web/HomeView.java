package co.gestionabierta.session.web;

import co.gestionabierta.catalog.CatalogRepository;
import co.gestionabierta.catalog.DevelopmentPlanLine;
import co.gestionabierta.commitment.Commitment;
import co.gestionabierta.commitment.CommitmentRepository;
import co.gestionabierta.session.AccountabilitySession;
import co.gestionabierta.session.SessionRepository;
import co.gestionabierta.web.Site;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.List;

/** The home page: the next and the last session, the latest commitments and the development plan's progress. */
@Named
@RequestScoped
public class HomeView {

    static final int LATEST_COMMITMENTS = 5;

    @Inject
    private SessionRepository sessions;

    @Inject
    private CommitmentRepository commitments;

    @Inject
    private CatalogRepository catalog;

    @Inject
    private Site site;

    private AccountabilitySession nextSession;
    private AccountabilitySession lastSession;
    private AccountabilitySession liveSession;
    private List<Commitment> latestCommitments;
    private List<DevelopmentPlanLine> planLines;

    @PostConstruct
    void load() {
        LocalDate today = LocalDate.now(site.getZone());
        nextSession = sessions.findNext(today).orElse(null);
        lastSession = sessions.findLast(today).orElse(null);
        liveSession = sessions.findLive().orElse(null);
        latestCommitments = commitments.findLatest(LATEST_COMMITMENTS);
        planLines = catalog.findPlanLines();
    }

    public AccountabilitySession getNextSession() {
        return nextSession;
    }

    public AccountabilitySession getLiveSession() {
        return liveSession;
    }

    public AccountabilitySession getLastSession() {
        return lastSession;
    }

    public List<Commitment> getLatestCommitments() {
        return latestCommitments;
    }

    public List<DevelopmentPlanLine> getPlanLines() {
        return planLines;
    }
}

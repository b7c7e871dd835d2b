package co.gestionabierta.commitment.web;

import co.gestionabierta.account.CurrentUser;
import co.gestionabierta.commitment.Commitment;
import co.gestionabierta.commitment.CommitmentRepository;
import co.gestionabierta.commitment.CommitmentService;
import co.gestionabierta.commitment.CommitmentUpdate;
import co.gestionabierta.commitment.EvidenceView;
import co.gestionabierta.commitment.ProgressChart;
import co.gestionabierta.notification.Follow;
import co.gestionabierta.notification.Notifications;
import co.gestionabierta.web.Messages;
import co.gestionabierta.web.NotFoundException;
import co.gestionabierta.web.Requests;
import co.gestionabierta.web.Site;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The public page of one commitment: its facts, milestones, a chart of its progress over time and the
 * timeline of every update with its evidence. Signed-in citizens follow it here.
 */
@Named
@RequestScoped
public class CommitmentView {

    @Inject
    private CommitmentRepository commitments;

    @EJB
    private CommitmentService service;

    @EJB
    private Notifications notifications;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Site site;

    private String id;
    private Commitment commitment;
    private List<CommitmentUpdate> history;
    private Map<Long, List<EvidenceView>> evidence;
    private boolean following;

    /** Loads the commitment from the id in the address, so the follow form exists when its post is decoded. */
    @PostConstruct
    void init() {
        id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        fetch();
    }

    private void fetch() {
        Long commitmentId = id == null || !id.matches("[0-9]{1,18}") ? null : Long.valueOf(id);
        commitment = commitmentId == null ? null : commitments.findPublic(commitmentId).orElse(null);
        if (commitment == null) {
            return;
        }
        history = commitments.history(commitmentId);
        evidence = commitments.evidenceOf(history.stream().map(CommitmentUpdate::getId).toList());
        following = currentUser.hasRole("CITIZEN")
                && notifications.isFollowing(currentUser.require(), Follow.Target.COMMITMENT, commitmentId);
    }

    public void load() throws IOException {
        if (commitment == null && id != null) {
            fetch();
        }
        if (commitment == null) {
            Requests.sendNotFound();
        }
    }

    public String follow() {
        try {
            service.follow(currentUser.require(), commitment.getId());
            Messages.flashInfo("commitment.followed");
        } catch (NotFoundException e) {
            Messages.flashError("commitment.gone");
        }
        return "/commitment?faces-redirect=true&id=" + commitment.getId();
    }

    public String unfollow() {
        service.unfollow(currentUser.require(), commitment.getId());
        Messages.flashInfo("commitment.unfollowed");
        return "/commitment?faces-redirect=true&id=" + commitment.getId();
    }

    public boolean isOverdue() {
        return commitment.isOverdue(LocalDate.now(site.getZone()));
    }

    /** Returns the updates newest first, in timeline order. */
    public List<CommitmentUpdate> getTimeline() {
        List<CommitmentUpdate> newestFirst = new ArrayList<>(history);
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    public List<EvidenceView> evidenceOf(CommitmentUpdate update) {
        return evidence.getOrDefault(update.getId(), List.of());
    }

    public String getChart() {
        return ProgressChart.svg(history.stream()
                        .map(u -> new ProgressChart.Point(u.getCreatedAt(), u.getProgressPercent())).toList(),
                site.getZone(), FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** Returns whether the signed-in secretary belongs to the responsible department and may post progress. */
    public boolean isCanPostProgress() {
        return currentUser.hasRole("SECRETARY") && !commitment.getStatus().isFinal()
                && currentUser.require().getDepartment() != null
                && currentUser.require().getDepartment().getId().equals(commitment.getResponsibleDepartment().getId());
    }

    public boolean isFollowing() {
        return following;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Commitment getCommitment() {
        return commitment;
    }
}

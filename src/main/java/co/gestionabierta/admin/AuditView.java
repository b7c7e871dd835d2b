package co.gestionabierta.admin;

import co.gestionabierta.account.AccountRepository;
import co.gestionabierta.account.UserAccount;
import co.gestionabierta.audit.AuditEntry;
import co.gestionabierta.audit.AuditLog;
import co.gestionabierta.web.Site;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The administrators' audit log, filtered by actor e-mail, action and days (in the entity's zone). */
@Named
@RequestScoped
public class AuditView {

    @EJB
    private AuditLog audit;

    @EJB
    private AccountRepository accounts;

    @Inject
    private Site site;

    private String actorEmail;
    private String action;
    private LocalDate fromDay;
    private LocalDate toDay;
    private List<AuditEntry> entries;
    private final Map<Long, String> actorLabels = new HashMap<>();

    public void search() {
        Long actorId = null;
        if (actorEmail != null && !actorEmail.isBlank()) {
            Optional<UserAccount> actor = accounts.findByEmail(actorEmail);
            if (actor.isEmpty()) {
                entries = List.of();
                return;
            }
            actorId = actor.get().getId();
        }
        Instant from = fromDay == null ? null : fromDay.atStartOfDay(site.getZone()).toInstant();
        Instant to = toDay == null ? null : toDay.plusDays(1).atStartOfDay(site.getZone()).toInstant();
        entries = audit.search(actorId, action == null || action.isBlank() ? null : action, from, to);
    }

    public List<AuditEntry> getEntries() {
        if (entries == null) {
            search();
        }
        return entries;
    }

    /** Returns the actor's current name and e-mail. A deleted account shows its anonymous name. */
    public String actorLabel(Long actorId) {
        if (actorId == null) {
            return "—";
        }
        return actorLabels.computeIfAbsent(actorId, id -> accounts.findById(id)
                .map(u -> u.getDisplayName() + " <" + u.getEmail() + ">")
                .orElse("#" + id));
    }

    public List<String> getActions() {
        return audit.actions();
    }

    public String getActorEmail() {
        return actorEmail;
    }

    public void setActorEmail(String actorEmail) {
        this.actorEmail = actorEmail;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFromDay() {
        return fromDay;
    }

    public void setFromDay(LocalDate fromDay) {
        this.fromDay = fromDay;
    }

    public LocalDate getToDay() {
        return toDay;
    }

    public void setToDay(LocalDate toDay) {
        this.toDay = toDay;
    }
}

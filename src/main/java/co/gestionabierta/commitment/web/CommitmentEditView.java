package co.gestionabierta.commitment.web;

import co.gestionabierta.account.CurrentUser;
import co.gestionabierta.account.Role;
import co.gestionabierta.account.UserAccount;
import co.gestionabierta.catalog.CatalogRepository;
import co.gestionabierta.catalog.Department;
import co.gestionabierta.commitment.CommitmentForm;
import co.gestionabierta.commitment.CommitmentRuleException;
import co.gestionabierta.commitment.CommitmentService;
import co.gestionabierta.commitment.CommitmentSource;
import co.gestionabierta.question.Question;
import co.gestionabierta.session.AccountabilitySession;
import co.gestionabierta.session.SessionFilter;
import co.gestionabierta.session.SessionRepository;
import co.gestionabierta.web.Messages;
import co.gestionabierta.web.NotFoundException;
import co.gestionabierta.web.Requests;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The form that creates a commitment. A secretary reaches it from a held session (?session=) or from an
 * answered question (?question=) of their department; an administrator creates plan and OGP commitments
 * for any department. The origin is read again from the address on every request and checked again by
 * the service.
 */
@Named
@RequestScoped
public class CommitmentEditView {

    @Inject
    private CurrentUser currentUser;

    @EJB
    private CommitmentService service;

    @EJB
    private CatalogRepository catalog;

    @EJB
    private SessionRepository sessions;

    private Long sessionId;
    private Long questionId;
    private AccountabilitySession originSession;
    private Question originQuestion;
    private String title;
    private String description;
    private String startsOn;
    private String dueOn;
    private String milestones;
    private String source = CommitmentSource.PLAN.name();
    private Long departmentId;
    private String reference;
    private String submissionKey = java.util.UUID.randomUUID().toString();

    @PostConstruct
    void init() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        sessionId = id(parameters.get("session"));
        questionId = id(parameters.get("question"));
        UserAccount actor = currentUser.account().orElse(null);
        if (actor == null || actor.getRole() != Role.SECRETARY) {
            return;
        }
        if (questionId != null) {
            originQuestion = service.findAnsweredQuestions(actor).stream()
                    .filter(q -> q.getId().equals(questionId)).findFirst().orElse(null);
        } else if (sessionId != null) {
            originSession = service.findHeldSessions(actor).stream()
                    .filter(s -> s.getId().equals(sessionId)).findFirst().orElse(null);
        }
    }

    /** Sends 404 to a secretary whose address names no session or question of their department. */
    public void load() throws IOException {
        if (currentUser.hasRole("SECRETARY") && originQuestion == null && originSession == null) {
            Requests.sendNotFound();
        }
    }

    public String save() {
        UserAccount actor = currentUser.require();
        LocalDate start;
        LocalDate due;
        List<CommitmentForm.MilestonePlan> plans;
        try {
            start = date(startsOn, "commitment.field.startsOn");
            due = date(dueOn, "commitment.field.dueOn");
            plans = milestonePlans(milestones);
        } catch (CommitmentRuleException e) {
            Messages.error(e.getMessageKey(), e.getArguments());
            return null;
        }
        CommitmentSource chosen = actor.getRole() == Role.SECRETARY
                ? (originQuestion != null ? CommitmentSource.RESPONSE : CommitmentSource.SESSION)
                : sourceOf(source);
        CommitmentForm form = new CommitmentForm(title, description, chosen, departmentId, reference,
                originSession == null ? sessionId : originSession.getId(),
                originQuestion == null ? null : originQuestion.getId(), start, due, plans,
                submissionKey != null && submissionKey.matches("[0-9a-f-]{36}") ? submissionKey : null);
        try {
            long id = service.createCommitment(actor, form);
            Messages.flashInfo(chosen.isSecretarys() ? "commitment.created" : "commitment.createdPlain");
            return "/commitment?faces-redirect=true&id=" + id;
        } catch (CommitmentRuleException e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        } catch (NotFoundException e) {
            Messages.error("commitment.originGone");
        }
        return null;
    }

    private static CommitmentSource sourceOf(String value) {
        return CommitmentSource.OGP.name().equals(value) ? CommitmentSource.OGP : CommitmentSource.PLAN;
    }

    private static LocalDate date(String value, String fieldKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new CommitmentRuleException("commitment.rule.dateInvalid", Messages.text(fieldKey), value.strip());
        }
    }

    /**
     * Reads one milestone per line, as "title" or "title; 2026-06-30". A line whose text after the last
     * semicolon is not a date keeps it in the title.
     */
    static List<CommitmentForm.MilestonePlan> milestonePlans(String text) {
        List<CommitmentForm.MilestonePlan> plans = new ArrayList<>();
        if (text == null) {
            return plans;
        }
        int lineNumber = 0;
        for (String line : text.split("\\R")) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            int semicolon = line.lastIndexOf(';');
            String tail = semicolon < 0 ? "" : line.substring(semicolon + 1).strip();
            if (tail.matches("[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}") && !tail.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                // A date in another form, such as 31/03/2027, would otherwise end up in the title.
                throw new CommitmentRuleException("commitment.rule.milestoneDate", lineNumber, tail);
            }
            if (tail.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                try {
                    plans.add(new CommitmentForm.MilestonePlan(line.substring(0, semicolon).strip(), LocalDate.parse(tail)));
                } catch (DateTimeParseException e) {
                    throw new CommitmentRuleException("commitment.rule.milestoneDate", lineNumber, tail);
                }
            } else {
                plans.add(new CommitmentForm.MilestonePlan(line.strip(), null));
            }
        }
        return plans;
    }

    private static Long id(String value) {
        return value == null || !value.matches("[0-9]{1,18}") ? null : Long.valueOf(value);
    }

    public List<Department> getDepartments() {
        return catalog.findActiveDepartments();
    }

    public List<AccountabilitySession> getSessions() {
        return sessions.findPublic(SessionFilter.ANY);
    }

    public AccountabilitySession getOriginSession() {
        return originSession;
    }

    public Question getOriginQuestion() {
        return originQuestion;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(String startsOn) {
        this.startsOn = startsOn;
    }

    public String getDueOn() {
        return dueOn;
    }

    public void setDueOn(String dueOn) {
        this.dueOn = dueOn;
    }

    public String getMilestones() {
        return milestones;
    }

    public void setMilestones(String milestones) {
        this.milestones = milestones;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(String submissionKey) {
        this.submissionKey = submissionKey;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}

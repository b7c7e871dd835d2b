package co.gestionabierta.question.web;

import co.gestionabierta.account.CurrentUser;
import co.gestionabierta.calendar.BusinessDays;
import co.gestionabierta.catalog.Department;
import co.gestionabierta.question.Question;
import co.gestionabierta.question.QuestionRepository;
import co.gestionabierta.question.QuestionRuleException;
import co.gestionabierta.question.QuestionService;
import co.gestionabierta.session.AccountabilitySession;
import co.gestionabierta.session.SessionRepository;
import co.gestionabierta.web.Messages;
import co.gestionabierta.web.Requests;
import co.gestionabierta.web.NotFoundException;
import co.gestionabierta.web.Site;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A moderator's queue of a session's questions (?id=): approve, reject with a reason, merge a duplicate
 * into a published question, or send a question to another department. Every form posts back to the
 * page's own address, so the session is loaded before the post is decoded.
 */
@Named
@RequestScoped
public class ModerationQueueView {

    @Inject
    private CurrentUser currentUser;

    @EJB
    private QuestionService service;

    @EJB
    private QuestionRepository questions;

    @EJB
    private SessionRepository sessions;

    @Inject
    private Site site;

    private AccountabilitySession session;
    private List<Question> pending;
    private List<Question> published;
    private final Map<Long, String> reasons = new HashMap<>();
    /** Chosen department and merge target per question; the page posts them as text. */
    private final Map<Long, String> departments = new HashMap<>();
    private final Map<Long, String> targets = new HashMap<>();

    /** Name of the form a row posts: "moderate-ID" for a pending question, "manage-ID" for a published one. */
    private static final Pattern ROW_FORM = Pattern.compile("(moderate|manage)-([0-9]{1,18})");

    @PostConstruct
    void init() {
        Long sessionId = parse(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id"));
        session = sessionId == null ? null : sessions.findWithDetails(sessionId).orElse(null);
        if (session != null) {
            pending = questions.findPending(session.getId());
            published = questions.findPublishedBySession(session.getId());
            reportStaleForm();
        }
    }

    /**
     * Adds an error when the post comes from a row that is no longer listed, because another moderator
     * handled that question after this page was shown. Without it the post would change nothing and say nothing.
     */
    private void reportStaleForm() {
        for (String name : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().keySet()) {
            Matcher form = ROW_FORM.matcher(name);
            if (form.matches()) {
                long questionId = Long.parseLong(form.group(2));
                List<Question> rows = form.group(1).equals("moderate") ? pending : published;
                if (rows.stream().noneMatch(q -> q.getId().equals(questionId))) {
                    Messages.error("moderation.stale");
                }
                return;
            }
        }
    }

    public void load() throws IOException {
        if (session == null) {
            Requests.sendNotFound();
        }
    }

    public String approve(long questionId) {
        return run(() -> service.approveQuestion(currentUser.require(), questionId, parse(departments.get(questionId))),
                "moderation.approved");
    }

    public String reject(long questionId) {
        return run(() -> service.rejectQuestion(currentUser.require(), questionId, reasons.get(questionId)),
                "moderation.rejected");
    }

    public String merge(long questionId) {
        Long target = parse(targets.get(questionId));
        if (target == null) {
            Messages.error("question.rule.mergeTarget");
            return null;
        }
        return run(() -> service.mergeQuestion(currentUser.require(), questionId, target), "moderation.merged");
    }

    public String reassign(long questionId) {
        Long department = parse(departments.get(questionId));
        if (department == null) {
            Messages.error("question.rule.reassignDepartment");
            return null;
        }
        return run(() -> service.reassignQuestion(currentUser.require(), questionId, department), "moderation.reassigned");
    }

    /**
     * Runs a moderator's action and, when it succeeds, redirects to the queue with the message. Each row's
     * form is built for its question, so changed lists need a freshly built page.
     */
    private String run(Runnable action, String successKey) {
        try {
            action.run();
        } catch (QuestionRuleException e) {
            Messages.error(e.getMessageKey(), e.getArguments());
            return null;
        } catch (NotFoundException e) {
            Messages.error("question.gone");
            return null;
        }
        Messages.flashInfo(successKey);
        return "/moderator/questions?faces-redirect=true&id=" + session.getId();
    }

    private static Long parse(String value) {
        return value != null && value.matches("[0-9]{1,18}") ? Long.valueOf(value) : null;
    }

    /** The last day to send a question to the competent department: five business days after it arrived. */
    public LocalDate forwardBy(Question question) {
        return BusinessDays.addBusinessDays(LocalDate.ofInstant(question.getSubmittedAt(), site.getZone()),
                QuestionService.FORWARD_TERM_DAYS);
    }

    public AccountabilitySession getSession() {
        return session;
    }

    public List<Question> getPending() {
        return pending;
    }

    public List<Question> getPublished() {
        return published;
    }

    public List<Department> getDepartmentChoices() {
        return service.departments();
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public Map<Long, String> getDepartments() {
        return departments;
    }

    public Map<Long, String> getTargets() {
        return targets;
    }
}

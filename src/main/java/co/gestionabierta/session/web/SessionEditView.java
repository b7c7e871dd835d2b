package co.gestionabierta.session.web;

import co.gestionabierta.account.CurrentUser;
import co.gestionabierta.catalog.CatalogRepository;
import co.gestionabierta.catalog.Dataset;
import co.gestionabierta.catalog.Department;
import co.gestionabierta.question.Question;
import co.gestionabierta.session.AccountabilitySession;
import co.gestionabierta.session.AgendaConflictException;
import co.gestionabierta.session.AgendaItem;
import co.gestionabierta.session.AgendaItemPlan;
import co.gestionabierta.session.ModerationMode;
import co.gestionabierta.session.SessionKind;
import co.gestionabierta.session.SessionPlan;
import co.gestionabierta.session.SessionPlanning;
import co.gestionabierta.session.SessionRepository;
import co.gestionabierta.session.SessionRuleException;
import co.gestionabierta.web.Messages;
import co.gestionabierta.web.Requests;
import co.gestionabierta.web.NotFoundException;
import co.gestionabierta.web.Site;
import jakarta.ejb.EJB;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.ReorderEvent;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A moderator's screen for one session (?id=, or a new one without it): its details, its stage, the
 * datasets it presents and its agenda. It keeps the session version and agenda revision it showed, so
 * a change saved meanwhile by someone else is reported instead of overwritten.
 */
@Named
@ViewScoped
public class SessionEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private SessionPlanning planning;

    @EJB
    private SessionRepository sessions;

    @EJB
    private CatalogRepository catalog;

    @Inject
    private Site site;

    private String id;
    private Long sessionId;
    private transient AccountabilitySession session;
    private long seenVersion;
    private long seenRevision;

    private String title;
    private SessionKind kind = SessionKind.QUARTERLY;
    private Integer year;
    private Integer quarter;
    private LocalDate heldOn;
    private LocalTime startsAt;
    private String place;
    private String livestreamUrl;
    private String summary;
    private LocalDateTime questionsOpenAt;
    private LocalDateTime questionsCloseAt;
    private ModerationMode moderation = ModerationMode.BEFORE;
    private Long[] presenterIds = new Long[0];
    private Long[] datasetIds = new Long[0];

    private Long editedItemId;
    private String itemTitle;
    private Long itemDepartmentId;
    private Integer itemMinutes;
    private Long[] itemDatasetIds = new Long[0];

    private final Map<Long, String> reasons = new HashMap<>();

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (id == null || id.isEmpty()) {
            year = LocalDate.now(site.getZone()).getYear();
            return;
        }
        Long parsed = SessionView.parseId(id);
        if (parsed == null || sessions.findWithDetails(parsed).isEmpty()) {
            Requests.sendNotFound();
            return;
        }
        sessionId = parsed;
        refresh(true);
    }

    /** Reads the session again; with copyForm, also puts its values back into the form. */
    private void refresh(boolean copyForm) {
        session = sessions.findWithDetails(sessionId).orElseThrow(() -> new NotFoundException("AccountabilitySession", sessionId));
        seenVersion = session.getVersion();
        seenRevision = session.getAgendaRevision();
        if (copyForm) {
            title = session.getTitle();
            kind = session.getKind();
            year = session.getYear();
            quarter = session.getQuarter();
            heldOn = session.getHeldOn();
            startsAt = session.getStartsAt();
            place = session.getPlace();
            livestreamUrl = session.getLivestreamUrl();
            summary = session.getSummary();
            questionsOpenAt = toLocal(session.getQuestionsOpenAt());
            questionsCloseAt = toLocal(session.getQuestionsCloseAt());
            moderation = session.getModeration();
            presenterIds = session.getPresentingDepartments().stream().map(Department::getId).toArray(Long[]::new);
            datasetIds = session.getDatasets().stream().map(Dataset::getId).toArray(Long[]::new);
        }
    }

    public AccountabilitySession getSession() {
        if (session == null && sessionId != null) {
            session = sessions.findWithDetails(sessionId).orElse(null);
        }
        return session;
    }

    public String save() {
        SessionPlan plan = new SessionPlan(strip(title), kind, year == null ? 0 : year,
                kind == SessionKind.QUARTERLY ? quarter : null, heldOn, startsAt, strip(place), strip(livestreamUrl),
                strip(summary), toInstant(questionsOpenAt), toInstant(questionsCloseAt), moderation);
        try {
            if (sessionId == null) {
                long created = planning.createSession(currentUser.require(), plan, Arrays.asList(presenterIds));
                Messages.flashInfo("moderator.session.created");
                return "/moderator/session?faces-redirect=true&id=" + created;
            }
            planning.updateSession(currentUser.require(), sessionId, seenVersion, plan, Arrays.asList(presenterIds));
            Messages.info("moderator.session.saved");
            refresh(true);
        } catch (SessionRuleException e) {
            Messages.error(e.getMessageKey(), e.getArguments());
            if (sessionId != null && "session.rule.changedMeanwhile".equals(e.getMessageKey())) {
                refresh(true);
            }
        }
        return null;
    }

    public void saveDatasets() {
        run(() -> planning.linkDatasets(currentUser.require(), sessionId, Arrays.asList(datasetIds)),
                "moderator.datasets.saved");
    }

    public void publish() {
        run(() -> planning.publishSession(currentUser.require(), sessionId), "moderator.session.published");
    }

    public void start() {
        run(() -> planning.startSession(currentUser.require(), sessionId), "moderator.session.started");
    }

    public void endLive() {
        run(() -> planning.endLiveSession(currentUser.require(), sessionId), "moderator.session.answering");
    }

    public void close() {
        run(() -> planning.closeSession(currentUser.require(), sessionId), "moderator.session.closed");
    }

    public List<Question> getUnexplainedQuestions() {
        return sessionId == null ? List.of() : planning.unexplainedQuestions(sessionId);
    }

    /**
     * Records why a question stays unanswered and redirects to the page with the message. Each question's
     * form is built for its question, so the list without the explained question needs a freshly built page.
     */
    public String explain(long questionId) {
        try {
            planning.explainUnanswered(currentUser.require(), sessionId, questionId, reasons.get(questionId));
        } catch (SessionRuleException e) {
            Messages.error(e.getMessageKey(), e.getArguments());
            return null;
        }
        Messages.flashInfo("moderator.question.explained");
        return "/moderator/session?faces-redirect=true&id=" + sessionId;
    }

    public void saveItem() {
        AgendaItemPlan plan = new AgendaItemPlan(strip(itemTitle), itemDepartmentId, itemMinutes,
                Arrays.asList(itemDatasetIds));
        boolean done = runAgenda(() -> {
            if (editedItemId == null) {
                planning.addAgendaItem(currentUser.require(), sessionId, seenRevision, plan);
            } else {
                planning.updateAgendaItem(currentUser.require(), sessionId, editedItemId, seenRevision, plan);
            }
        }, editedItemId == null ? "moderator.agenda.added" : "moderator.agenda.updated");
        if (done) {
            cancelItem();
        }
    }

    public void editItem(AgendaItem item) {
        editedItemId = item.getId();
        itemTitle = item.getTitle();
        itemDepartmentId = item.getDepartment() == null ? null : item.getDepartment().getId();
        itemMinutes = item.getDurationMinutes();
        itemDatasetIds = item.getDatasets().stream().map(Dataset::getId).toArray(Long[]::new);
    }

    public void cancelItem() {
        editedItemId = null;
        itemTitle = null;
        itemDepartmentId = null;
        itemMinutes = null;
        itemDatasetIds = new Long[0];
    }

    public void removeItem(long itemId) {
        runAgenda(() -> planning.removeAgendaItem(currentUser.require(), sessionId, itemId, seenRevision),
                "moderator.agenda.removed");
    }

    /** Moves an item one place up (-1) or down (+1): the keyboard way to reorder. */
    public void moveItem(AgendaItem item, int step) {
        runAgenda(() -> planning.moveAgendaItem(currentUser.require(), sessionId, item.getId(),
                item.getSortOrder() + step, seenRevision), "moderator.agenda.moved");
    }

    /**
     * Returns the agenda rows for the table. The list is a mutable copy because PrimeFaces reorders the
     * table's own list when a row is dropped, before the listener below runs.
     */
    public List<AgendaItem> getAgendaRows() {
        return getSession() == null ? List.of() : new java.util.ArrayList<>(getSession().getAgenda());
    }

    /** Drag and drop in the agenda table. */
    public void onRowReorder(ReorderEvent event) {
        List<AgendaItem> shown = getSession().getAgenda();
        if (event.getFromIndex() < 0 || event.getFromIndex() >= shown.size()) {
            return;
        }
        AgendaItem moved = shown.get(event.getFromIndex());
        runAgenda(() -> planning.moveAgendaItem(currentUser.require(), sessionId, moved.getId(),
                event.getToIndex() + 1, seenRevision), "moderator.agenda.moved");
        // The table keeps the rows it reordered itself; clearing its value makes it read the stored agenda.
        ((UIData) event.getComponent()).setValue(null);
    }

    private boolean runAgenda(Runnable action, String successKey) {
        try {
            action.run();
            Messages.info(successKey);
            refresh(false);
            return true;
        } catch (AgendaConflictException e) {
            Messages.error("moderator.agenda.conflict");
        } catch (SessionRuleException e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        } catch (NotFoundException e) {
            Messages.error("moderator.agenda.itemGone");
        }
        refresh(false);
        return false;
    }

    private void run(Runnable action, String successKey) {
        try {
            action.run();
            Messages.info(successKey);
        } catch (SessionRuleException e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
        refresh(false);
    }

    private LocalDateTime toLocal(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, site.getZone());
    }

    private Instant toInstant(LocalDateTime local) {
        return local == null ? null : local.atZone(site.getZone()).toInstant();
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public List<Department> getDepartments() {
        return catalog.findActiveDepartments();
    }

    public List<Dataset> getAllDatasets() {
        return catalog.findDatasets();
    }

    public SessionKind[] getKinds() {
        return SessionKind.values();
    }

    public boolean isNew() {
        return sessionId == null;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public SessionKind getKind() {
        return kind;
    }

    public void setKind(SessionKind kind) {
        this.kind = kind;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getQuarter() {
        return quarter;
    }

    public void setQuarter(Integer quarter) {
        this.quarter = quarter;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalTime startsAt) {
        this.startsAt = startsAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getLivestreamUrl() {
        return livestreamUrl;
    }

    public void setLivestreamUrl(String livestreamUrl) {
        this.livestreamUrl = livestreamUrl;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public LocalDateTime getQuestionsOpenAt() {
        return questionsOpenAt;
    }

    public void setQuestionsOpenAt(LocalDateTime questionsOpenAt) {
        this.questionsOpenAt = questionsOpenAt;
    }

    public LocalDateTime getQuestionsCloseAt() {
        return questionsCloseAt;
    }

    public void setQuestionsCloseAt(LocalDateTime questionsCloseAt) {
        this.questionsCloseAt = questionsCloseAt;
    }

    public ModerationMode getModeration() {
        return moderation;
    }

    public void setModeration(ModerationMode moderation) {
        this.moderation = moderation;
    }

    public ModerationMode[] getModerationModes() {
        return ModerationMode.values();
    }

    public Long[] getPresenterIds() {
        return presenterIds.clone();
    }

    public void setPresenterIds(Long[] presenterIds) {
        this.presenterIds = presenterIds == null ? new Long[0] : presenterIds.clone();
    }

    public Long[] getDatasetIds() {
        return datasetIds.clone();
    }

    public void setDatasetIds(Long[] datasetIds) {
        this.datasetIds = datasetIds == null ? new Long[0] : datasetIds.clone();
    }

    public Long getEditedItemId() {
        return editedItemId;
    }

    public String getItemTitle() {
        return itemTitle;
    }

    public void setItemTitle(String itemTitle) {
        this.itemTitle = itemTitle;
    }

    public Long getItemDepartmentId() {
        return itemDepartmentId;
    }

    public void setItemDepartmentId(Long itemDepartmentId) {
        this.itemDepartmentId = itemDepartmentId;
    }

    public Integer getItemMinutes() {
        return itemMinutes;
    }

    public void setItemMinutes(Integer itemMinutes) {
        this.itemMinutes = itemMinutes;
    }

    public Long[] getItemDatasetIds() {
        return itemDatasetIds.clone();
    }

    public void setItemDatasetIds(Long[] itemDatasetIds) {
        this.itemDatasetIds = itemDatasetIds == null ? new Long[0] : itemDatasetIds.clone();
    }
}

package co.gestionabierta.session;

import co.gestionabierta.catalog.Dataset;
import co.gestionabierta.catalog.Department;
import co.gestionabierta.question.Question;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A sesión (audiencia) de rendición de cuentas: the centre of the product. It links the agenda,
 * the departments that present, their reports and datasets, the citizens' questions and the
 * commitments made. The day and start time are in the entity's time zone.
 */
@Entity
@Table(name = "accountability_session")
public class AccountabilitySession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 300)
    @Column(nullable = false, length = 300)
    private String title;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private SessionKind kind;

    /** The fiscal year (vigencia) the session accounts for. */
    @Min(2000)
    @Max(2100)
    @Column(name = "session_year", nullable = false, columnDefinition = "smallint")
    private int year;

    @Min(1)
    @Max(4)
    @Column(columnDefinition = "tinyint")
    private Integer quarter;

    @NotNull
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    /** False when only an approximate day is known, which the screens show. */
    @Column(name = "date_confirmed", nullable = false)
    private boolean dateConfirmed = true;

    @Convert(converter = TimeOfDayConverter.class)
    @Column(name = "starts_at", columnDefinition = "time")
    private LocalTime startsAt;

    @Size(max = 300)
    @Column(length = 300)
    private String place;

    @Column(columnDefinition = "text")
    private String summary;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private SessionStatus status;

    @Column(name = "questions_open_at")
    private Instant questionsOpenAt;

    @Column(name = "questions_close_at")
    private Instant questionsCloseAt;

    /** The public address of the livestream; the page embeds it without tracking cookies. */
    @Size(max = 500)
    @Column(name = "livestream_url", length = 500)
    private String livestreamUrl;

    /** Counter that grows with every agenda change, so an edit based on an older agenda is detected. */
    @Column(name = "agenda_revision", nullable = false)
    private long agendaRevision;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_item_id")
    private AgendaItem currentItem;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_question_id")
    private Question currentQuestion;

    @Column(name = "live_changed_at")
    private Instant liveChangedAt;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ModerationMode moderation = ModerationMode.BEFORE;

    @ManyToMany
    @JoinTable(name = "session_department",
            joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "department_id"))
    private Set<Department> presentingDepartments = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "session_dataset",
            joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "dataset_id"))
    private Set<Dataset> datasets = new LinkedHashSet<>();

    @OneToMany(mappedBy = "session")
    @OrderBy("sortOrder")
    private List<AgendaItem> agenda = new ArrayList<>();

    @Version
    private long version;

    protected AccountabilitySession() {
    }

    public AccountabilitySession(String title, SessionKind kind, int year, Integer quarter, LocalDate heldOn,
                                 String place, SessionStatus status) {
        this.title = title;
        this.kind = kind;
        this.year = year;
        this.quarter = quarter;
        this.heldOn = heldOn;
        this.place = place;
        this.status = status;
    }

    public void describe(String summary, boolean dateConfirmed) {
        this.summary = summary;
        this.dateConfirmed = dateConfirmed;
    }

    /** Changes what a moderator plans: every field of the session form. */
    public void plan(SessionPlan plan, List<Department> presenters) {
        this.title = plan.title();
        this.kind = plan.kind();
        this.year = plan.year();
        this.quarter = plan.quarter();
        this.heldOn = plan.heldOn();
        this.startsAt = plan.startsAt();
        this.place = plan.place();
        this.livestreamUrl = plan.livestreamUrl();
        this.summary = plan.summary();
        this.questionsOpenAt = plan.questionsOpenAt();
        this.questionsCloseAt = plan.questionsCloseAt();
        this.moderation = plan.moderation();
        this.dateConfirmed = true;
        presentingDepartments.clear();
        presentingDepartments.addAll(presenters);
    }

    public void addPresentingDepartment(Department department) {
        presentingDepartments.add(department);
    }

    public void linkDataset(Dataset dataset) {
        datasets.add(dataset);
    }

    public void replaceDatasets(List<Dataset> linked) {
        datasets.clear();
        datasets.addAll(linked);
    }

    /** Appends an item at the end of the agenda and returns it, still to be persisted. */
    public AgendaItem appendAgendaItem(String itemTitle, Department presenter, Integer durationMinutes) {
        AgendaItem item = new AgendaItem(this, agenda.size() + 1, itemTitle, presenter, durationMinutes);
        agenda.add(item);
        return item;
    }

    /** Takes an item out of the agenda and closes the gap it leaves. */
    public void removeAgendaItem(AgendaItem item) {
        if (currentItem != null && sameItem(currentItem, item)) {
            currentItem = null;
        }
        agenda.remove(item);
        renumberAgenda();
    }

    /** Moves an item to a position counted from 1; positions past either end stop at that end. */
    public void moveAgendaItem(AgendaItem item, int position) {
        agenda.remove(item);
        int index = Math.max(0, Math.min(agenda.size(), position - 1));
        agenda.add(index, item);
        renumberAgenda();
    }

    private void renumberAgenda() {
        for (int i = 0; i < agenda.size(); i++) {
            agenda.get(i).placeAt(i + 1);
        }
    }

    /**
     * Checks that the editor saw the current agenda, then counts one more change.
     *
     * @throws AgendaConflictException when someone changed the agenda after the editor loaded it
     */
    public void reviseAgenda(long seenRevision) {
        if (seenRevision != agendaRevision) {
            throw new AgendaConflictException(id, seenRevision, agendaRevision);
        }
        agendaRevision++;
    }

    /** Publishes a draft. It needs a start time and an open question window that ends by the session's end. */
    public void publish() {
        requireStatus(SessionStatus.DRAFT);
        if (startsAt == null) {
            throw new SessionRuleException("session.rule.startTimeRequired");
        }
        if (questionsOpenAt == null || questionsCloseAt == null) {
            throw new SessionRuleException("session.rule.questionWindowRequired");
        }
        status = SessionStatus.SCHEDULED;
    }

    /** Starts the session; the first agenda item goes on screen. */
    public void goLive(Instant now) {
        requireStatus(SessionStatus.SCHEDULED);
        if (agenda.isEmpty()) {
            throw new SessionRuleException("session.rule.agendaRequired");
        }
        status = SessionStatus.LIVE;
        currentItem = agenda.get(0);
        currentQuestion = null;
        liveChangedAt = now;
    }

    /** Ends the live part: written answers are owed from now on, and no question is on screen. */
    public void endLive(Instant now) {
        requireStatus(SessionStatus.LIVE);
        status = SessionStatus.ANSWERING;
        currentItem = null;
        currentQuestion = null;
        liveChangedAt = now;
    }

    /**
     * Closes the session.
     *
     * @param unexplained how many published questions have neither a published answer nor a reason
     */
    public void close(long unexplained) {
        requireStatus(SessionStatus.ANSWERING);
        if (unexplained > 0) {
            throw new SessionRuleException("session.rule.unansweredQuestions", unexplained);
        }
        status = SessionStatus.CLOSED;
    }

    /** Puts an agenda item of this session on the live screen. */
    public void showItem(AgendaItem item, Instant now) {
        requireStatus(SessionStatus.LIVE);
        if (agenda.stream().noneMatch(i -> sameItem(i, item))) {
            throw new SessionRuleException("session.rule.itemNotInSession");
        }
        currentItem = item;
        liveChangedAt = now;
    }

    /** Puts a question on the live screen, or takes it off when null. */
    public void showQuestion(Question question, Instant now) {
        requireStatus(SessionStatus.LIVE);
        currentQuestion = question;
        liveChangedAt = now;
    }

    /** Returns the item after the one on screen, or the first one when none is. */
    public AgendaItem getNextItem() {
        if (currentItem == null) {
            return status == SessionStatus.LIVE || status == SessionStatus.SCHEDULED
                    ? agenda.stream().findFirst().orElse(null) : null;
        }
        int index = indexOf(currentItem);
        return index >= 0 && index + 1 < agenda.size() ? agenda.get(index + 1) : null;
    }

    /** Position of an item in the agenda counted from 0, by id because the item may be a lazy proxy. */
    private int indexOf(AgendaItem item) {
        for (int i = 0; i < agenda.size(); i++) {
            if (sameItem(agenda.get(i), item)) {
                return i;
            }
        }
        return -1;
    }

    /** Compares items by id, because one of them may be a lazy proxy; unsaved items only to themselves. */
    private static boolean sameItem(AgendaItem a, AgendaItem b) {
        return a == b || (a.getId() != null && a.getId().equals(b.getId()));
    }

    /** Returns whether the agenda may still change, which ends once the session has been held. */
    public boolean isAgendaEditable() {
        return status == SessionStatus.DRAFT || status == SessionStatus.SCHEDULED || status == SessionStatus.LIVE;
    }

    /** Returns whether citizens may answer the evaluation survey now: the session was held and still owes its written answers. */
    public boolean isTakingEvaluations() {
        return status == SessionStatus.ANSWERING;
    }

    public boolean isEditable() {
        return status == SessionStatus.DRAFT || status == SessionStatus.SCHEDULED;
    }

    /** Returns whether questions may be submitted at the given instant. */
    public boolean acceptsQuestionsAt(Instant instant) {
        return (status == SessionStatus.SCHEDULED || status == SessionStatus.LIVE)
                && questionsOpenAt != null && questionsCloseAt != null
                && !instant.isBefore(questionsOpenAt) && instant.isBefore(questionsCloseAt);
    }

    /** Total agenda minutes, or null when any item lacks a duration. */
    public Integer getAgendaMinutes() {
        int total = 0;
        for (AgendaItem item : agenda) {
            if (item.getDurationMinutes() == null) {
                return null;
            }
            total += item.getDurationMinutes();
        }
        return total;
    }

    /**
     * Start time of each agenda item, computed from the session start and the durations before it.
     * An item gets null once an earlier item has no duration, or when the session has no start time.
     */
    public List<LocalTime> getAgendaStartTimes() {
        List<LocalTime> times = new ArrayList<>();
        LocalTime next = startsAt;
        for (AgendaItem item : agenda) {
            times.add(next);
            next = next == null || item.getDurationMinutes() == null ? null : next.plusMinutes(item.getDurationMinutes());
        }
        return times;
    }

    private void requireStatus(SessionStatus expected) {
        if (status != expected) {
            throw new SessionRuleException("session.rule.wrongStatus." + expected);
        }
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public SessionKind getKind() {
        return kind;
    }

    public int getYear() {
        return year;
    }

    public Integer getQuarter() {
        return quarter;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public boolean isDateConfirmed() {
        return dateConfirmed;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getSummary() {
        return summary;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public List<Department> getPresentingDepartments() {
        return presentingDepartments.stream().sorted(Comparator.comparing(Department::getName)).toList();
    }

    public List<Dataset> getDatasets() {
        return datasets.stream().sorted(Comparator.comparing(Dataset::getTitle)).toList();
    }

    public List<AgendaItem> getAgenda() {
        return List.copyOf(agenda);
    }

    public Instant getQuestionsOpenAt() {
        return questionsOpenAt;
    }

    public Instant getQuestionsCloseAt() {
        return questionsCloseAt;
    }

    public String getLivestreamUrl() {
        return livestreamUrl;
    }

    /** Returns the livestream address to embed without tracking cookies, or null when it cannot be embedded. */
    public String getLivestreamEmbedUrl() {
        return Livestreams.embedUrl(livestreamUrl);
    }

    public long getAgendaRevision() {
        return agendaRevision;
    }

    public AgendaItem getCurrentItem() {
        return currentItem;
    }

    public Question getCurrentQuestion() {
        return currentQuestion;
    }

    public Instant getLiveChangedAt() {
        return liveChangedAt;
    }

    public ModerationMode getModeration() {
        return moderation;
    }

    public long getVersion() {
        return version;
    }
}

package co.gestionabierta.commitment.web;

import co.gestionabierta.catalog.CatalogRepository;
import co.gestionabierta.catalog.Department;
import co.gestionabierta.commitment.Commitment;
import co.gestionabierta.commitment.CommitmentRepository;
import co.gestionabierta.commitment.CommitmentSource;
import co.gestionabierta.commitment.CommitmentStatus;
import co.gestionabierta.commitment.FeedCursor;
import co.gestionabierta.commitment.FeedFilter;
import co.gestionabierta.web.Site;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The public feed of commitments, latest change first, filtered by department, status, session and
 * origin in the address (GET parameters) and paged by a cursor, so every page costs the same however
 * long the feed grows. Unknown filter values are ignored.
 */
@Named
@RequestScoped
public class CommitmentsView {

    public static final int PAGE_SIZE = 20;

    @Inject
    private CommitmentRepository commitments;

    @Inject
    private CatalogRepository catalog;

    @Inject
    private Site site;

    private String department;
    private String status;
    private String session;
    private String origin;
    private String after;
    private FeedFilter filter;
    private List<Commitment> page;
    private String nextCursor;
    private LocalDate today;
    private List<CommitmentRepository.SessionOption> sessionOptions;

    /**
     * Reads the filters from the address when the bean is made, so the page's getters work in every
     * phase, including a post from the sign-out form.
     */
    @jakarta.annotation.PostConstruct
    void init() {
        var parameters = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        department = parameters.get("department");
        status = parameters.get("status");
        session = parameters.get("session");
        origin = parameters.get("origin");
        after = parameters.get("after");
        load();
    }

    public void load() {
        filter = filterOf(department, status, session, origin);
        today = LocalDate.now(site.getZone());
        List<Commitment> rows = commitments.feed(filter, FeedCursor.decode(after).orElse(null), PAGE_SIZE + 1, today);
        page = new ArrayList<>(rows.subList(0, Math.min(PAGE_SIZE, rows.size())));
        nextCursor = rows.size() > PAGE_SIZE
                ? new FeedCursor(page.get(PAGE_SIZE - 1).getLastChangedAt(), page.get(PAGE_SIZE - 1).getId()).encode()
                : null;
    }

    /** Reads the filter parameters; a value that names nothing known is treated as absent. */
    public static FeedFilter filterOf(String department, String status, String session, String origin) {
        String knownStatus = FeedFilter.OVERDUE.equals(status) || Arrays.stream(CommitmentStatus.values())
                .anyMatch(s -> s.name().equals(status)) ? status : null;
        CommitmentSource source = Arrays.stream(CommitmentSource.values()).filter(s -> s.name().equals(origin))
                .findFirst().orElse(null);
        return new FeedFilter(id(department), knownStatus, id(session), source);
    }

    private static Long id(String value) {
        return value == null || !value.matches("[0-9]{1,18}") ? null : Long.valueOf(value);
    }

    public boolean isOverdue(Commitment commitment) {
        return commitment.isOverdue(today);
    }

    public List<Commitment> getCommitments() {
        return page;
    }

    /** Returns the query of the next page's address, or null on the last page. */
    public String getNextQuery() {
        if (nextCursor == null) {
            return null;
        }
        String query = filter.toQuery();
        return (query.isEmpty() ? "" : query + "&") + "after=" + nextCursor;
    }

    public String getFilterQuery() {
        return filter.toQuery();
    }

    public boolean isFirstPage() {
        return FeedCursor.decode(after).isEmpty();
    }

    public boolean isFiltered() {
        return !filter.toQuery().isEmpty();
    }

    public List<Department> getDepartments() {
        return catalog.findActiveDepartments();
    }

    /** Sessions in the session filter: the most recent ones with commitments. */
    static final int SESSIONS_IN_FILTER = 12;

    /**
     * Returns the session filter's options: the most recent sessions with commitments, and the chosen
     * session when it is older. The list stays short however many sessions a city has held.
     */
    public List<CommitmentRepository.SessionOption> getSessions() {
        if (sessionOptions == null) {
            List<CommitmentRepository.SessionOption> options = new ArrayList<>(
                    commitments.findRecentSessionsWithCommitments(SESSIONS_IN_FILTER));
            if (session != null && session.matches("[0-9]{1,18}")
                    && options.stream().noneMatch(o -> o.id() == Long.parseLong(session))) {
                commitments.findSessionOption(Long.parseLong(session)).ifPresent(options::add);
            }
            sessionOptions = options;
        }
        return sessionOptions;
    }

    public List<String> getStatuses() {
        List<String> statuses = new ArrayList<>(Arrays.stream(CommitmentStatus.values()).map(Enum::name).toList());
        statuses.add(FeedFilter.OVERDUE);
        return statuses;
    }

    public List<CommitmentSource> getOrigins() {
        return List.of(CommitmentSource.values());
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getSession() {
        return session;
    }

    public void setSession(String session) {
        this.session = session;
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }
}

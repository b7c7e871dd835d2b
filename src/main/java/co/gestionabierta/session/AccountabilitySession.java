package co.gestionabierta.session;

import co.gestionabierta.catalog.Dataset;
import co.gestionabierta.catalog.Department;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
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

    @Column(name = "starts_at")
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

    public void addPresentingDepartment(Department department) {
        presentingDepartments.add(department);
    }

    public void linkDataset(Dataset dataset) {
        datasets.add(dataset);
    }

    /** Appends an item at the end of the agenda and returns it, still to be persisted. */
    public AgendaItem appendAgendaItem(String itemTitle, Department presenter, Integer durationMinutes) {
        AgendaItem item = new AgendaItem(this, agenda.size() + 1, itemTitle, presenter, durationMinutes);
        agenda.add(item);
        return item;
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
}

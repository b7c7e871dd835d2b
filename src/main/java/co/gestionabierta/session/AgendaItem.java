package co.gestionabierta.session;

import co.gestionabierta.catalog.Dataset;
import co.gestionabierta.catalog.Department;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A punto of a session's orden del día, in its place, optionally presented by a department. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    private AccountabilitySession session;

    @Min(1)
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @NotBlank
    @Size(max = 300)
    @Column(nullable = false, length = 300)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @Min(1)
    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @ManyToMany
    @JoinTable(name = "agenda_item_dataset",
            joinColumns = @JoinColumn(name = "agenda_item_id"),
            inverseJoinColumns = @JoinColumn(name = "dataset_id"))
    private Set<Dataset> datasets = new LinkedHashSet<>();

    @Version
    private long version;

    protected AgendaItem() {
    }

    AgendaItem(AccountabilitySession session, int sortOrder, String title, Department department,
               Integer durationMinutes) {
        this.session = session;
        this.sortOrder = sortOrder;
        this.title = title;
        this.department = department;
        this.durationMinutes = durationMinutes;
    }

    /** Changes what the item is; its place in the agenda is changed through the session. */
    public void describe(String newTitle, Department presenter, Integer minutes) {
        this.title = newTitle;
        this.department = presenter;
        this.durationMinutes = minutes;
    }

    void placeAt(int position) {
        this.sortOrder = position;
    }

    public Long getId() {
        return id;
    }

    public AccountabilitySession getSession() {
        return session;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getTitle() {
        return title;
    }

    public Department getDepartment() {
        return department;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public List<Dataset> getDatasets() {
        return datasets.stream().sorted(Comparator.comparing(Dataset::getTitle)).toList();
    }

    public void replaceDatasets(List<Dataset> linked) {
        datasets.clear();
        datasets.addAll(linked);
    }
}

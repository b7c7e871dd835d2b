package co.gestionabierta.commitment;

import co.gestionabierta.catalog.Department;
import co.gestionabierta.question.Response;
import co.gestionabierta.session.AccountabilitySession;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
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
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A compromiso: a promise with a responsible department, a due date, a status and progress. */
@Entity
@Table(name = "commitment")
public class Commitment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** An external reference such as the OGP commitment id; null for the product's own. */
    @Size(max = 40)
    @Column(length = 40, unique = true)
    private String reference;

    @NotBlank
    @Size(max = 500)
    @Column(nullable = false, length = 500)
    private String title;

    @Column(columnDefinition = "text")
    private String result;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "responsible_department_id", nullable = false)
    private Department responsibleDepartment;

    @ManyToMany
    @JoinTable(name = "commitment_department",
            joinColumns = @JoinColumn(name = "commitment_id"),
            inverseJoinColumns = @JoinColumn(name = "department_id"))
    private Set<Department> sharedWith = new LinkedHashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id")
    private AccountabilitySession session;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "response_id")
    private Response response;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private CommitmentSource source;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @NotNull
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private CommitmentStatus status;

    @Min(0)
    @Max(100)
    @Column(name = "progress_percent", nullable = false, columnDefinition = "tinyint")
    private int progressPercent;

    @Version
    private long version;

    protected Commitment() {
    }

    public Commitment(String reference, String title, Department responsibleDepartment, CommitmentSource source,
                      LocalDate startsOn, LocalDate dueOn) {
        this.reference = reference;
        this.title = title;
        this.responsibleDepartment = responsibleDepartment;
        this.source = source;
        this.startsOn = startsOn;
        this.dueOn = dueOn;
        this.status = CommitmentStatus.NOT_STARTED;
    }

    public void shareWith(Department department) {
        if (!department.equals(responsibleDepartment)) {
            sharedWith.add(department);
        }
    }

    public void madeIn(AccountabilitySession madeInSession) {
        this.session = madeInSession;
    }

    /** Records a completed commitment with its verified result. */
    public void complete(String verifiedResult) {
        this.status = CommitmentStatus.COMPLETED;
        this.progressPercent = 100;
        this.result = verifiedResult;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public String getResult() {
        return result;
    }

    public Department getResponsibleDepartment() {
        return responsibleDepartment;
    }

    public List<Department> getSharedWith() {
        return sharedWith.stream().sorted(Comparator.comparing(Department::getName)).toList();
    }

    public AccountabilitySession getSession() {
        return session;
    }

    public Response getResponse() {
        return response;
    }

    public CommitmentSource getSource() {
        return source;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public CommitmentStatus getStatus() {
        return status;
    }

    public int getProgressPercent() {
        return progressPercent;
    }
}

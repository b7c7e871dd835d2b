package co.gestionabierta.catalog;

import co.gestionabierta.account.UserAccount;
import co.gestionabierta.session.AccountabilitySession;
import co.gestionabierta.session.AgendaItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A department's informe de gestión, optionally presented in an accountability session. */
@Entity
@Table(name = "management_report")
public class ManagementReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id")
    private AccountabilitySession session;

    @NotBlank
    @Size(max = 300)
    @Column(nullable = false, length = 300)
    private String title;

    @Column(columnDefinition = "text")
    private String summary;

    /** The stored PDF's name; null while the document has not been uploaded. */
    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    /** The period the report covers, such as "2025-T3" or "Vigencia 2024". */
    @Size(max = 40)
    @Column(length = 40)
    private String period;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agenda_item_id")
    private AgendaItem agendaItem;

    @Column(name = "file_size")
    private Long fileSize;

    /** Hex SHA-256 of the stored PDF, shown so a reader can check a downloaded copy. */
    @Column(name = "file_sha256", length = 64, columnDefinition = "char(64)")
    private String fileSha256;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "uploaded_by")
    private UserAccount uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    @ManyToMany
    @JoinTable(name = "report_dataset",
            joinColumns = @JoinColumn(name = "report_id"),
            inverseJoinColumns = @JoinColumn(name = "dataset_id"))
    private Set<Dataset> datasets = new LinkedHashSet<>();

    @Version
    private long version;

    protected ManagementReport() {
    }

    public ManagementReport(Department department, AccountabilitySession session, String title, String summary,
                            LocalDate publishedOn) {
        this.department = department;
        this.session = session;
        this.title = title;
        this.summary = summary;
        this.publishedOn = publishedOn;
    }

    public void describe(String newTitle, String newSummary) {
        this.title = newTitle;
        this.summary = newSummary;
    }

    /** Sets what the report says about itself and where it is presented. */
    public void describe(String newTitle, String newPeriod, String newSummary, AccountabilitySession newSession,
                         AgendaItem newAgendaItem, List<Dataset> linkedDatasets) {
        this.title = newTitle;
        this.period = newPeriod;
        this.summary = newSummary;
        this.session = newSession;
        this.agendaItem = newAgendaItem;
        this.datasets.clear();
        this.datasets.addAll(linkedDatasets);
    }

    /** Records a newly stored document; its bytes are kept in {@link ReportDocument}. */
    public void attachDocument(String name, long size, String sha256, UserAccount uploader, Instant at,
                               LocalDate today) {
        this.fileName = name;
        this.fileSize = size;
        this.fileSha256 = sha256;
        this.uploadedBy = uploader;
        this.uploadedAt = at;
        if (publishedOn == null) {
            publishedOn = today;
        }
    }

    public Long getId() {
        return id;
    }

    public Department getDepartment() {
        return department;
    }

    public AccountabilitySession getSession() {
        return session;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getFileName() {
        return fileName;
    }

    public boolean isDocumentAvailable() {
        return fileName != null;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getPeriod() {
        return period;
    }

    public AgendaItem getAgendaItem() {
        return agendaItem;
    }

    public Long getFileSize() {
        return fileSize;
    }

    public String getFileSha256() {
        return fileSha256;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public List<Dataset> getDatasets() {
        return datasets.stream().sorted(Comparator.comparing(Dataset::getTitle)).toList();
    }
}

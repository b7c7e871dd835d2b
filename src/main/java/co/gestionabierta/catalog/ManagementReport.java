package co.gestionabierta.catalog;

import co.gestionabierta.session.AccountabilitySession;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

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
}

package co.gestionabierta.catalog;

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
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** An open dataset published on datos.gov.co (Socrata) or the city's own portal. */
@Entity
@Table(name = "dataset")
public class Dataset {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 300)
    @Column(nullable = false, length = 300)
    private String title;

    @NotBlank
    @Column(nullable = false, length = 100)
    private String portal;

    @Size(max = 200)
    @Column(length = 200)
    private String theme;

    /** The portal's own id (a Socrata four-by-four), when known. */
    @Column(name = "portal_identifier", length = 100)
    private String portalIdentifier;

    @Size(max = 500)
    @Column(length = 500)
    private String url;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @Column(columnDefinition = "text")
    private String description;

    @Size(max = 200)
    @Column(length = 200)
    private String publisher;

    @Column(name = "last_updated_at")
    private Instant lastUpdatedAt;

    /** Names of the data columns, one per line, without the portal's system columns. */
    @Column(name = "column_names", columnDefinition = "text")
    private String columnNames;

    @Column(name = "imported_at")
    private Instant importedAt;

    @Version
    private long version;

    protected Dataset() {
    }

    public Dataset(String title, String portal, String theme, String url, Department department) {
        this.title = title;
        this.portal = portal;
        this.theme = theme;
        this.url = url;
        this.department = department;
    }

    /** Creates an entry from a portal's metadata file. */
    public static Dataset imported(DatasetMetadata metadata, Instant now) {
        Dataset dataset = new Dataset(metadata.title(), metadata.portal(), metadata.theme(), metadata.url(), null);
        dataset.portalIdentifier = metadata.identifier();
        dataset.update(metadata, now);
        return dataset;
    }

    /** Takes every field from a newer metadata file of the same portal entry; returns whether any changed. */
    public boolean update(DatasetMetadata metadata, Instant now) {
        String columns = metadata.columns().isEmpty() ? null : String.join("\n", metadata.columns());
        boolean changed = !Objects.equals(title, metadata.title())
                || !Objects.equals(description, metadata.description())
                || !Objects.equals(theme, metadata.theme())
                || !Objects.equals(publisher, metadata.publisher())
                || !Objects.equals(lastUpdatedAt, metadata.lastUpdated())
                || !Objects.equals(url, metadata.url())
                || !Objects.equals(columnNames, columns);
        title = metadata.title();
        description = metadata.description();
        theme = metadata.theme();
        publisher = metadata.publisher();
        lastUpdatedAt = metadata.lastUpdated();
        url = metadata.url();
        columnNames = columns;
        importedAt = now;
        return changed;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getPortal() {
        return portal;
    }

    public String getTheme() {
        return theme;
    }

    public String getPortalIdentifier() {
        return portalIdentifier;
    }

    public String getUrl() {
        return url;
    }

    public Department getDepartment() {
        return department;
    }

    public String getDescription() {
        return description;
    }

    public String getPublisher() {
        return publisher;
    }

    public Instant getLastUpdatedAt() {
        return lastUpdatedAt;
    }

    public List<String> getColumns() {
        return columnNames == null ? List.of() : List.of(columnNames.split("\n"));
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}

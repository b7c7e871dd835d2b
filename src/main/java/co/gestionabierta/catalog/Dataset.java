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

    @NotBlank
    @Column(nullable = false, length = 100)
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
}

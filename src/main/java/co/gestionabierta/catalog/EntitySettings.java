package co.gestionabierta.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.ZoneId;

/** The public entity (alcaldía) that runs the platform: its name, web site and time zone. */
@Entity
@Table(name = "entity_settings")
public class EntitySettings {

    /** The zone of every Colombian entity, used until an entity's settings name another. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("America/Bogota");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    @NotBlank
    @Size(max = 100)
    @Column(name = "short_name", nullable = false, length = 100)
    private String shortName;

    @NotBlank
    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Size(max = 500)
    @Column(length = 500)
    private String website;

    @Version
    private long version;

    protected EntitySettings() {
    }

    public EntitySettings(String name, String shortName, ZoneId zone, String website) {
        this.name = name;
        this.shortName = shortName;
        this.timeZone = zone.getId();
        this.website = website;
    }

    public void update(String newName, String newShortName, String newWebsite) {
        this.name = newName;
        this.shortName = newShortName;
        this.website = newWebsite;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    public String getWebsite() {
        return website;
    }
}

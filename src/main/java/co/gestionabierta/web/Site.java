package co.gestionabierta.web;

import co.gestionabierta.catalog.CatalogRepository;
import co.gestionabierta.catalog.EntitySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.ZoneId;

/**
 * The entity's name and time zone for every page. Read from the database on first use; a database
 * without settings yet shows the product name and America/Bogota.
 */
@Named
@ApplicationScoped
public class Site {

    @Inject
    private CatalogRepository catalog;

    private volatile EntitySettings settings;

    public String getEntityName() {
        EntitySettings current = settings();
        return current == null ? null : current.getName();
    }

    public String getWebsite() {
        EntitySettings current = settings();
        return current == null ? null : current.getWebsite();
    }

    public ZoneId getZone() {
        EntitySettings current = settings();
        return current == null ? EntitySettings.DEFAULT_ZONE : current.getZone();
    }

    /** Returns today's date in the entity's zone. */
    public java.time.LocalDate getToday() {
        return java.time.LocalDate.now(getZone());
    }

    /** Forgets the cached settings, after an administrator changes them. */
    public void refresh() {
        settings = null;
    }

    private EntitySettings settings() {
        EntitySettings current = settings;
        if (current == null) {
            current = catalog.findSettings().orElse(null);
            settings = current;
        }
        return current;
    }
}

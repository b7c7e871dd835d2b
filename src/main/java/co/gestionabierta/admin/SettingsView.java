package co.gestionabierta.admin;

import co.gestionabierta.account.CurrentUser;
import co.gestionabierta.catalog.Administration;
import co.gestionabierta.catalog.CatalogRepository;
import co.gestionabierta.catalog.EntitySettings;
import co.gestionabierta.web.Messages;
import co.gestionabierta.web.Site;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The entity's settings form: name, short name and web site. */
@Named
@RequestScoped
public class SettingsView {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Site site;

    @EJB
    private CatalogRepository catalog;

    @EJB
    private Administration administration;

    private String name;
    private String shortName;
    private String website;

    @PostConstruct
    void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            catalog.findSettings().ifPresent(settings -> {
                name = settings.getName();
                shortName = settings.getShortName();
                website = settings.getWebsite();
            });
        }
    }

    public void save() {
        administration.updateSettings(currentUser.require(), name.strip(), shortName.strip(),
                website == null || website.isBlank() ? null : website.strip());
        site.refresh();
        Messages.info("admin.saved");
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    /** Used by the page to say that no settings exist yet. */
    public boolean isConfigured() {
        return catalog.findSettings().map(EntitySettings::getId).isPresent();
    }
}

package co.gestionabierta.catalog;

import co.gestionabierta.account.AccountStatus;
import co.gestionabierta.account.Role;
import co.gestionabierta.account.UserAccount;
import co.gestionabierta.audit.AuditLog;
import co.gestionabierta.audit.Changes;
import co.gestionabierta.web.AccessDeniedException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;

/**
 * An administrator's imports into the dataset catalogue from portal metadata files (Socrata view
 * metadata, CKAN package_show, DCAT data.json). A file is read whole before anything is written, so a
 * malformed file changes nothing; an entry already in the catalogue (same portal and identifier) is
 * updated instead of duplicated.
 */
@Stateless
public class DatasetCatalog {

    /** Largest metadata file accepted. A city's whole DCAT catalogue is well below this. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog audit;

    public ImportResult importMetadata(UserAccount actor, String fileName, byte[] content)
            throws MetadataFormatException {
        requireAdministrator(actor);
        if (content.length > MAX_BYTES) {
            throw new MetadataFormatException("import.error.tooLarge", "Metadata file over " + MAX_BYTES + " bytes",
                    MAX_BYTES / (1024 * 1024));
        }
        List<DatasetMetadata> entries = DatasetMetadataReader.read(new ByteArrayInputStream(content));

        int created = 0;
        int updated = 0;
        Instant now = Instant.now();
        for (DatasetMetadata entry : entries) {
            List<Dataset> existing = em.createQuery("select d from Dataset d where d.portal = :portal"
                            + " and d.portalIdentifier = :identifier", Dataset.class)
                    .setParameter("portal", entry.portal())
                    .setParameter("identifier", entry.identifier())
                    .getResultList();
            if (existing.isEmpty()) {
                em.persist(Dataset.imported(entry, now));
                created++;
            } else if (existing.get(0).update(entry, now)) {
                updated++;
            }
        }
        ImportResult result = new ImportResult(created, updated, entries.size() - created - updated);

        audit.record(actor, "DATASETS_IMPORTED", "Dataset", null, new Changes()
                .field("file", null, fileName)
                .field("created", null, result.created())
                .field("updated", null, result.updated())
                .field("unchanged", null, result.unchanged()));
        return result;
    }

    /** How many entries of an imported file were new, changed and already up to date. */
    public record ImportResult(int created, int updated, int unchanged) {
    }

    private static void requireAdministrator(UserAccount actor) {
        if (actor == null || actor.getRole() != Role.ADMINISTRATOR || actor.getStatus() != AccountStatus.ACTIVE) {
            throw new AccessDeniedException("Only an active administrator may import datasets");
        }
    }
}

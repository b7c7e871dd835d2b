package co.gestionabierta.admin;

import co.gestionabierta.account.CurrentUser;
import co.gestionabierta.catalog.CatalogRepository;
import co.gestionabierta.catalog.Dataset;
import co.gestionabierta.catalog.DatasetCatalog;
import co.gestionabierta.catalog.MetadataFormatException;
import co.gestionabierta.web.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The dataset catalogue for administrators, with the import of portal metadata files. */
@Named
@RequestScoped
public class DatasetsAdminView {

    @Inject
    private CurrentUser currentUser;

    @EJB
    private DatasetCatalog importer;

    @EJB
    private CatalogRepository catalog;

    private Part file;
    private List<Dataset> datasets;

    public void importFile() {
        if (file == null || file.getSize() == 0) {
            Messages.error("import.error.noFile");
            return;
        }
        if (file.getSize() > DatasetCatalog.MAX_BYTES) {
            Messages.error("import.error.tooLarge", DatasetCatalog.MAX_BYTES / (1024 * 1024));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            DatasetCatalog.ImportResult result = importer.importMetadata(currentUser.require(),
                    file.getSubmittedFileName(), in.readNBytes(DatasetCatalog.MAX_BYTES + 1));
            Messages.info("import.done", result.created(), result.updated(), result.unchanged());
            datasets = null;
        } catch (MetadataFormatException e) {
            Messages.error("import.error.rejected", Messages.text(e.getMessageKey(), fieldNamesTranslated(e)));
        } catch (IOException e) {
            Messages.error("import.error.unreadable");
        }
    }

    /** The first argument of a missing-field or too-long error is a field code, shown in the reader's language. */
    private static Object[] fieldNamesTranslated(MetadataFormatException e) {
        Object[] arguments = e.getArguments();
        if ((MetadataFormatException.MISSING_FIELD.equals(e.getMessageKey())
                || MetadataFormatException.TOO_LONG.equals(e.getMessageKey())) && arguments.length > 0) {
            arguments[0] = Messages.text("import.field." + arguments[0]);
        }
        return arguments;
    }

    public List<Dataset> getDatasets() {
        if (datasets == null) {
            datasets = catalog.findDatasets();
        }
        return datasets;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}

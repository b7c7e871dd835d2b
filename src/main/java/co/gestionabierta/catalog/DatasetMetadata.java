package co.gestionabierta.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Catalogue entry read from an open-data portal's metadata file by {@link DatasetMetadataReader}.
 *
 * <p>Strings are trimmed, and a blank value is stored as {@code null}.
 *
 * @param portal      short host-like name of the source, such as {@code "datos.gov.co"}, or {@code "CKAN"}
 *                    or {@code "DCAT"} when the file names no host
 * @param identifier  the portal's own id, such as a Socrata four-by-four ({@code "abcd-1234"})
 * @param title       dataset title
 * @param description free text, or {@code null}
 * @param theme       category or first theme, or {@code null}
 * @param publisher   publishing organisation, or {@code null}
 * @param lastUpdated time of the last change to data or metadata, or {@code null}
 * @param url         http(s) address of the dataset's page, or {@code null}
 * @param columns     human-readable column names in table order, empty when the format has none
 */
public record DatasetMetadata(
        String portal,
        String identifier,
        String title,
        String description,
        String theme,
        String publisher,
        Instant lastUpdated,
        String url,
        List<String> columns) {

    /** Rejects a missing portal, identifier or title, and stores an unmodifiable copy of the columns. */
    public DatasetMetadata {
        Objects.requireNonNull(portal, "portal");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(title, "title");
        columns = columns == null ? List.of() : List.copyOf(columns);
    }
}

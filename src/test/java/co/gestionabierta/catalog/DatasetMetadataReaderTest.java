package co.gestionabierta.catalog;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class DatasetMetadataReaderTest {

    private static final String SOCRATA_DESCRIPTION = "Censo de los asentamientos humanos informales identificados"
            + " en el Distrito de Cartagena de Indias durante 2021. Incluye el nombre del asentamiento, la"
            + " localidad, la Unidad Comunera de Gobierno, el año de ocupación y el número de viviendas levantadas"
            + " en zonas de riesgo como la Ciénaga de la Virgen y el cerro de La Popa.";

    private static final List<String> SOCRATA_COLUMNS = List.of("Nombre del asentamiento", "Localidad",
            "Unidad Comunera de Gobierno", "Año de ocupación", "Número de viviendas");

    // ---- Socrata view ----

    @Test
    void socrataViewReadsEveryField() throws Exception {
        List<DatasetMetadata> entries = readResource("socrata-view.json");

        assertEquals(1, entries.size());
        DatasetMetadata entry = entries.get(0);
        assertEquals("datos.gov.co", entry.portal());
        assertEquals("wxyz-12ab", entry.identifier());
        assertEquals("Censo de asentamientos informales Cartagena 2021", entry.title());
        assertEquals(SOCRATA_DESCRIPTION, entry.description());
        assertEquals("Vivienda, Ciudad y Territorio", entry.theme());
        assertEquals("Secretaría de Planeación Distrital de Cartagena de Indias", entry.publisher());
        assertEquals(Instant.parse("2024-03-08T17:07:02Z"), entry.lastUpdated());
        assertEquals("https://www.datos.gov.co/d/wxyz-12ab", entry.url());
        assertEquals(SOCRATA_COLUMNS, entry.columns());
    }

    @Test
    void socrataViewSkipsSystemColumns() throws Exception {
        DatasetMetadata entry = readResource("socrata-view.json").get(0);

        assertEquals(SOCRATA_COLUMNS, entry.columns());
    }

    @Test
    void socrataSystemColumnsSkippedAnywhereInArray() throws Exception {
        DatasetMetadata entry = readSingle(socrataView()
                .add("columns", Json.createArrayBuilder()
                        .add(column("Barrio", "barrio", 1))
                        .add(column("sid", ":sid", 0))
                        .add(column("Estrato", "estrato", 2))
                        .add(column("updated_at", ":updated_at", 3))));

        assertEquals(List.of("Barrio", "Estrato"), entry.columns());
    }

    @Test
    void socrataColumnsFollowPosition() throws Exception {
        DatasetMetadata entry = readSingle(socrataView()
                .add("columns", Json.createArrayBuilder()
                        .add(column("Tercera", "tercera", 3))
                        .add(Json.createObjectBuilder().add("name", "Sin posición A").add("fieldName", "sin_a"))
                        .add(column("Primera", "primera", 1))
                        .add(Json.createObjectBuilder().add("name", "Sin posición B").add("fieldName", "sin_b"))
                        .add(column("Segunda", "segunda", 2))));

        assertEquals(List.of("Primera", "Segunda", "Tercera", "Sin posición A", "Sin posición B"), entry.columns());
    }

    @Test
    void socrataColumnWithoutNameUsesFieldName() throws Exception {
        DatasetMetadata entry = readSingle(socrataView()
                .add("columns", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", "  ").add("fieldName", "barrio").add("position", 1))
                        .add(Json.createObjectBuilder().add("position", 2))));

        assertEquals(List.of("barrio"), entry.columns());
    }

    @Test
    void socrataViewWithoutColumnsHasEmptyList() throws Exception {
        DatasetMetadata entry = readSingle(socrataView());

        assertEquals(List.of(), entry.columns());
    }

    @Test
    void socrataEpochSecondsUseLaterTime() throws Exception {
        DatasetMetadata viewNewer = readResource("socrata-view.json").get(0);
        DatasetMetadata rowsNewer = readResource("socrata-view-updated.json").get(0);

        // socrata-view.json: rowsUpdatedAt 1706802134, viewLastModified 1709917622.
        assertEquals(Instant.ofEpochSecond(1709917622L), viewNewer.lastUpdated());
        assertEquals(Instant.parse("2024-03-08T17:07:02Z"), viewNewer.lastUpdated());
        // socrata-view-updated.json: rowsUpdatedAt 1722880355, viewLastModified 1718045817.
        assertEquals(Instant.parse("2024-08-05T17:52:35Z"), rowsNewer.lastUpdated());
    }

    @Test
    void socrataUpdatedViewKeepsIdentifier() throws Exception {
        DatasetMetadata original = readResource("socrata-view.json").get(0);
        DatasetMetadata updated = readResource("socrata-view-updated.json").get(0);

        assertEquals(original.identifier(), updated.identifier());
        assertEquals("Censo de asentamientos informales Cartagena 2021 (actualización 2024)", updated.title());
        assertEquals(SOCRATA_DESCRIPTION.replace("durante 2021.",
                "durante 2021, con la verificación en campo de 2024."), updated.description());
        assertEquals(original.url(), updated.url());
        assertEquals(original.columns(), updated.columns());
    }

    @Test
    void socrataOnlyRowsUpdatedAtIsUsed() throws Exception {
        DatasetMetadata entry = readSingle(socrataView()
                .add("rowsUpdatedAt", 1706802134L)
                .add("publicationDate", 1709917622L));

        assertEquals(Instant.parse("2024-02-01T15:42:14Z"), entry.lastUpdated());
    }

    @Test
    void socrataFallsBackToPublicationDate() throws Exception {
        DatasetMetadata entry = readSingle(socrataView()
                .add("createdAt", 1640032271L)
                .add("publicationDate", 1640032755L));

        assertEquals(Instant.parse("2021-12-20T20:39:15Z"), entry.lastUpdated());
    }

    @Test
    void socrataFallsBackToCreatedAt() throws Exception {
        DatasetMetadata entry = readSingle(socrataView().add("createdAt", 1640032271L));

        assertEquals(Instant.parse("2021-12-20T20:31:11Z"), entry.lastUpdated());
    }

    @Test
    void socrataWithoutTimestampsHasNoLastUpdated() throws Exception {
        DatasetMetadata entry = readSingle(socrataView().add("rowsUpdatedAt", "1706802134"));

        assertNull(entry.lastUpdated());
    }

    @Test
    void socrataOutOfRangeNumbersAreIgnored() {
        String json = """
                {"id": "abcd-1234", "name": "Vista", "rowsUpdatedAt": 1e999999999, "viewLastModified": 1709917622,
                 "columns": [{"name": "B", "fieldName": "b", "position": 1e999999999},
                             {"name": "A", "fieldName": "a", "position": 1}]}
                """;

        DatasetMetadata entry = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> readText(json).get(0));

        assertEquals(Instant.parse("2024-03-08T17:07:02Z"), entry.lastUpdated());
        assertEquals(List.of("A", "B"), entry.columns());
    }

    @Test
    void socrataDomainFromFileSetsPortalAndUrl() throws Exception {
        DatasetMetadata fromCName = readSingle(socrataView().add("domainCName", "www.Datos.Cartagena.gov.co"));
        DatasetMetadata fromDomain = readSingle(socrataView()
                .add("domain", "data.cityofnewyork.us")
                .add("domainCName", "www.datos.cartagena.gov.co"));

        assertEquals("datos.cartagena.gov.co", fromCName.portal());
        assertEquals("https://www.datos.cartagena.gov.co/d/abcd-1234", fromCName.url());
        assertEquals("data.cityofnewyork.us", fromDomain.portal());
        assertEquals("https://data.cityofnewyork.us/d/abcd-1234", fromDomain.url());
    }

    @Test
    void socrataInvalidDomainIsIgnored() throws Exception {
        DatasetMetadata entry = readSingle(socrataView().add("domain", "evil.example/x?y=\"z\""));

        assertEquals("datos.gov.co", entry.portal());
        assertEquals("https://www.datos.gov.co/d/abcd-1234", entry.url());
    }

    @Test
    void socrataPublisherFallsBackToOwner() throws Exception {
        DatasetMetadata entry = readSingle(socrataView()
                .add("attribution", " ")
                .add("owner", Json.createObjectBuilder().add("displayName", "Alcaldía de Cartagena de Indias")));

        assertEquals("Alcaldía de Cartagena de Indias", entry.publisher());
    }

    @Test
    void socrataWithoutNameIsRejected() {
        MetadataFormatException rejection = assertRejected(
                () -> readText("{\"id\": \"abcd-1234\", \"columns\": []}"));

        assertEquals(MetadataFormatException.MISSING_FIELD, rejection.getMessageKey());
        assertArrayEquals(new Object[] {"title", 1}, rejection.getArguments());
    }

    @Test
    void socrataUpperCaseIdIsUnknown() {
        MetadataFormatException rejection = assertRejected(
                () -> readText("{\"id\": \"ABCD-1234\", \"name\": \"Vista\"}"));

        assertEquals(MetadataFormatException.UNKNOWN_FORMAT, rejection.getMessageKey());
    }

    // ---- CKAN package ----

    @Test
    void ckanPackageShowReadsEveryField() throws Exception {
        List<DatasetMetadata> entries = readResource("ckan-package-show.json");

        assertEquals(1, entries.size());
        DatasetMetadata entry = entries.get(0);
        assertEquals("cartagena.gov.co", entry.portal());
        assertEquals("3f9c2b1e-7a4d-4e8b-9c61-0d5a2f8e4b17", entry.identifier());
        assertEquals("Estratificación socioeconómica por barrio - Cartagena de Indias", entry.title());
        assertEquals("Estrato socioeconómico asignado a cada barrio del Distrito de Cartagena de Indias según la"
                + " última revisión de la estratificación urbana. Incluye el código y nombre del barrio, la"
                + " localidad, la Unidad Comunera de Gobierno y el estrato predominante, desde Nelson Mandela y"
                + " Olaya Herrera hasta Bocagrande y Castillogrande.", entry.description());
        assertEquals("Vivienda y territorio", entry.theme());
        assertEquals("Secretaría de Planeación Distrital de Cartagena de Indias", entry.publisher());
        assertEquals(Instant.parse("2024-03-05T14:22:31.123456Z"), entry.lastUpdated());
        assertEquals("https://www.cartagena.gov.co/planeacion/estratificacion-socioeconomica", entry.url());
        assertEquals(List.of(), entry.columns());
    }

    @Test
    void ckanBareResultIsAccepted() throws Exception {
        DatasetMetadata entry = readText("""
                {"name": "zonas-wifi-cartagena", "title": "Zonas WiFi de Cartagena", "resources": [],
                 "tags": [{"display_name": "conectividad", "name": "conectividad"}],
                 "author": "Oficina Asesora de Informática", "metadata_modified": "2024-03-05T14:22:31Z"}
                """).get(0);

        assertEquals("CKAN", entry.portal());
        assertEquals("zonas-wifi-cartagena", entry.identifier());
        assertEquals("Zonas WiFi de Cartagena", entry.title());
        assertNull(entry.description());
        assertEquals("conectividad", entry.theme());
        assertEquals("Oficina Asesora de Informática", entry.publisher());
        assertEquals(Instant.parse("2024-03-05T14:22:31Z"), entry.lastUpdated());
        assertNull(entry.url());
        assertEquals(List.of(), entry.columns());
    }

    @Test
    void ckanBareObjectWithoutResourcesIsUnknown() {
        MetadataFormatException rejection = assertRejected(
                () -> readText("{\"name\": \"zonas-wifi\", \"title\": \"Zonas WiFi\"}"));

        assertEquals(MetadataFormatException.UNKNOWN_FORMAT, rejection.getMessageKey());
    }

    @Test
    void ckanFailureIsRejectedWithMessage() {
        MetadataFormatException rejection = assertRejected(() -> readText("""
                {"help": "https://datos.cartagena.gov.co/api/3/action/help_show?name=package_show",
                 "success": false, "error": {"message": "Not found", "__type": "Not Found Error"}}
                """));

        assertEquals(MetadataFormatException.CKAN_FAILURE, rejection.getMessageKey());
        assertArrayEquals(new Object[] {"Not found"}, rejection.getArguments());
    }

    @Test
    void ckanFailureWithoutMessageShowsErrorJson() {
        MetadataFormatException rejection = assertRejected(() -> readText("""
                {"success": false, "error": {"__type": "Validation Error", "name": ["Missing value"]}}
                """));

        assertEquals(MetadataFormatException.CKAN_FAILURE, rejection.getMessageKey());
        assertArrayEquals(new Object[] {"{\"__type\":\"Validation Error\",\"name\":[\"Missing value\"]}"},
                rejection.getArguments());
    }

    @Test
    void ckanFailureWithoutErrorObject() {
        MetadataFormatException rejection = assertRejected(() -> readText("{\"success\": false}"));

        assertEquals(MetadataFormatException.CKAN_FAILURE, rejection.getMessageKey());
        assertArrayEquals(new Object[] {"success: false"}, rejection.getArguments());
    }

    @Test
    void ckanFailureMessageIsShortened() {
        String longMessage = "x".repeat(1000);
        MetadataFormatException rejection = assertRejected(() -> readText(
                "{\"success\": false, \"error\": {\"message\": \"" + longMessage + "\"}}"));

        assertEquals("x".repeat(299) + "…", rejection.getArguments()[0]);
    }

    @Test
    void ckanSuccessWithoutPackageIsUnknown() {
        MetadataFormatException packageList = assertRejected(
                () -> readText("{\"success\": true, \"result\": [\"zonas-wifi\", \"ciclorrutas\"]}"));
        MetadataFormatException packageSearch = assertRejected(
                () -> readText("{\"success\": true, \"result\": {\"count\": 0, \"results\": []}}"));

        assertEquals(MetadataFormatException.UNKNOWN_FORMAT, packageList.getMessageKey());
        assertEquals(MetadataFormatException.UNKNOWN_FORMAT, packageSearch.getMessageKey());
    }

    @Test
    void ckanIdentifierFallsBackToName() throws Exception {
        DatasetMetadata entry = readCkan(ckanPackage().add("name", "zonas-wifi-cartagena"));

        assertEquals("zonas-wifi-cartagena", entry.identifier());
    }

    @Test
    void ckanWithoutIdOrNameIsRejected() {
        MetadataFormatException rejection = assertRejected(() -> readCkan(ckanPackage()));

        assertEquals(MetadataFormatException.MISSING_FIELD, rejection.getMessageKey());
        assertArrayEquals(new Object[] {"identifier", 1}, rejection.getArguments());
    }

    @Test
    void ckanThemeFallsBackToFirstTag() throws Exception {
        DatasetMetadata entry = readCkan(ckanPackage()
                .add("id", "pkg-1")
                .add("groups", Json.createArrayBuilder().add(Json.createObjectBuilder().add("title", " ")))
                .add("tags", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", "gestión del riesgo"))
                        .add(Json.createObjectBuilder().add("display_name", "vivienda").add("name", "vivienda"))));

        assertEquals("gestión del riesgo", entry.theme());
    }

    @Test
    void ckanPublisherFallsBackToAuthorThenMaintainer() throws Exception {
        DatasetMetadata byAuthor = readCkan(ckanPackage()
                .add("id", "pkg-1")
                .add("organization", JsonValue.NULL)
                .add("author", "Secretaría de Hacienda Distrital")
                .add("maintainer", "Oficina Asesora de Informática"));
        DatasetMetadata byMaintainer = readCkan(ckanPackage()
                .add("id", "pkg-1")
                .add("author", "")
                .add("maintainer", "Oficina Asesora de Informática"));

        assertEquals("Secretaría de Hacienda Distrital", byAuthor.publisher());
        assertEquals("Oficina Asesora de Informática", byMaintainer.publisher());
    }

    @Test
    void ckanModifiedAcceptsOffsetAndZ() throws Exception {
        DatasetMetadata withOffset = readCkan(ckanPackage()
                .add("id", "pkg-1").add("metadata_modified", "2024-03-05T09:22:31-05:00"));
        DatasetMetadata withZ = readCkan(ckanPackage()
                .add("id", "pkg-1").add("metadata_modified", "2024-03-05T14:22:31.5Z"));

        assertEquals(Instant.parse("2024-03-05T14:22:31Z"), withOffset.lastUpdated());
        assertEquals(Instant.parse("2024-03-05T14:22:31.500Z"), withZ.lastUpdated());
    }

    @Test
    void ckanUnparseableModifiedIsNull() throws Exception {
        DatasetMetadata entry = readCkan(ckanPackage()
                .add("id", "pkg-1").add("metadata_modified", "5 de marzo de 2024"));

        assertNull(entry.lastUpdated());
    }

    @Test
    void ckanJavascriptUrlBecomesNull() throws Exception {
        DatasetMetadata entry = readCkan(ckanPackage()
                .add("id", "pkg-1").add("url", "JavaScript:alert(document.cookie)"));

        assertNull(entry.url());
        assertEquals("CKAN", entry.portal());
    }

    // ---- DCAT-US catalogue ----

    @Test
    void dcatCatalogReturnsDatasetsInFileOrder() throws Exception {
        List<DatasetMetadata> entries = readResource("dcat-data.json");

        assertEquals(3, entries.size());
        assertEquals("https://datos.cartagena.gov.co/id/ctg-tic-0001", entries.get(0).identifier());
        assertEquals("https://datos.cartagena.gov.co/id/ctg-datt-0007", entries.get(1).identifier());
        assertEquals("https://datos.cartagena.gov.co/id/ctg-sicc-0042", entries.get(2).identifier());
    }

    @Test
    void dcatDateOnlyModifiedIsStartOfDay() throws Exception {
        DatasetMetadata entry = readResource("dcat-data.json").get(0);

        assertEquals("datos.cartagena.gov.co", entry.portal());
        assertEquals("https://datos.cartagena.gov.co/id/ctg-tic-0001", entry.identifier());
        assertEquals("Zonas WiFi gratuitas en espacios públicos de Cartagena de Indias", entry.title());
        assertEquals("Ubicación de las zonas WiFi gratuitas instaladas por el Distrito en parques, plazas y"
                + " bibliotecas de Cartagena de Indias, con el número de puntos de acceso y el estado de cada zona.",
                entry.description());
        assertEquals("Ciencia, Tecnología e Innovación", entry.theme());
        assertEquals("Alcaldía Distrital de Cartagena de Indias", entry.publisher());
        assertEquals(Instant.parse("2024-05-01T00:00:00Z"), entry.lastUpdated());
        assertEquals("https://www.datos.cartagena.gov.co/dataset/zonas-wifi-gratuitas", entry.url());
        assertEquals(List.of(), entry.columns());
    }

    @Test
    void dcatDateTimeModifiedAndKeywordTheme() throws Exception {
        DatasetMetadata entry = readResource("dcat-data.json").get(1);

        assertEquals("datos.cartagena.gov.co", entry.portal());
        assertEquals("https://datos.cartagena.gov.co/id/ctg-datt-0007", entry.identifier());
        assertEquals("Red de ciclorrutas de Cartagena de Indias", entry.title());
        assertEquals("Trazado de las ciclorrutas y ciclobandas del Distrito, con su longitud en metros, el tipo de"
                + " segregación y la Unidad Comunera de Gobierno que atraviesan, desde la avenida Pedro de Heredia"
                + " hasta el barrio Crespo.", entry.description());
        assertEquals("movilidad sostenible", entry.theme());
        assertEquals("Alcaldía Distrital de Cartagena de Indias", entry.publisher());
        assertEquals(Instant.parse("2024-02-14T14:30:00Z"), entry.lastUpdated());
        assertEquals("https://datos.cartagena.gov.co/dataset/red-de-ciclorrutas", entry.url());
        assertEquals(List.of(), entry.columns());
    }

    @Test
    void dcatRepeatingIntervalModifiedIsNull() throws Exception {
        DatasetMetadata entry = readResource("dcat-data.json").get(2);

        assertEquals("datos.cartagena.gov.co", entry.portal());
        assertEquals("https://datos.cartagena.gov.co/id/ctg-sicc-0042", entry.identifier());
        assertEquals("Llamadas mensuales a la línea de emergencias 123 en Cartagena de Indias", entry.title());
        assertEquals("Número mensual de llamadas recibidas por la línea de emergencias 123 en Cartagena de Indias,"
                + " por tipo de incidente (riñas, violencia intrafamiliar, accidentes de tránsito, incendios) y por"
                + " localidad.", entry.description());
        assertEquals("Justicia y Derecho", entry.theme());
        assertEquals("Alcaldía Distrital de Cartagena de Indias", entry.publisher());
        assertNull(entry.lastUpdated());
        assertEquals("https://datos.cartagena.gov.co/api/llamadas-linea-123", entry.url());
        assertEquals(List.of(), entry.columns());
    }

    @ParameterizedTest
    @ValueSource(strings = {"R/P1M", "2024-05", "2024-02-30", "2024-05-01 10:00:00", "mensual", ""})
    void dcatInvalidModifiedIsNull(String modified) throws Exception {
        DatasetMetadata entry = readDcat(dcatDataset("ctg-1", "Conjunto").add("modified", modified));

        assertNull(entry.lastUpdated());
    }

    @Test
    void dcatLocalDateTimeModifiedIsUtc() throws Exception {
        DatasetMetadata entry = readDcat(dcatDataset("ctg-1", "Conjunto").add("modified", "2024-05-01T10:15"));

        assertEquals(Instant.parse("2024-05-01T10:15:00Z"), entry.lastUpdated());
    }

    @Test
    void dcatWithoutUrlsUsesDcatPortal() throws Exception {
        DatasetMetadata entry = readDcat(dcatDataset("CTG-SPD-2023-017", "Conjunto"));

        assertEquals("DCAT", entry.portal());
        assertNull(entry.url());
        assertNull(entry.theme());
        assertNull(entry.publisher());
    }

    @Test
    void dcatDownloadUrlIsLastFallback() throws Exception {
        DatasetMetadata entry = readDcat(dcatDataset("CTG-1", "Conjunto")
                .add("distribution", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("accessURL", "ftp://datos.cartagena.gov.co/a.csv"))
                        .add(Json.createObjectBuilder()
                                .add("downloadURL", "https://datos.cartagena.gov.co/descargas/b.csv"))));

        assertEquals("https://datos.cartagena.gov.co/descargas/b.csv", entry.url());
        assertEquals("DCAT", entry.portal());
    }

    @Test
    void dcatJavascriptLandingPageBecomesNull() throws Exception {
        DatasetMetadata entry = readDcat(dcatDataset("CTG-1", "Conjunto")
                .add("landingPage", "  javascript:alert(document.cookie)"));

        assertNull(entry.url());
        assertEquals("DCAT", entry.portal());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JAVASCRIPT:alert(1)", "java\tscript:alert(1)",
            "data:text/html,<script>alert(1)</script>", "ftp://datos.cartagena.gov.co/a.csv",
            "//datos.cartagena.gov.co/dataset", "https:/datos.cartagena.gov.co", "https://", "datos.gov.co"})
    void dcatNonHttpLandingPageBecomesNull(String landingPage) throws Exception {
        DatasetMetadata entry = readDcat(dcatDataset("CTG-1", "Conjunto").add("landingPage", landingPage));

        assertNull(entry.url());
    }

    @Test
    void dcatPlainHttpLandingPageIsKept() throws Exception {
        DatasetMetadata entry = readDcat(dcatDataset("CTG-1", "Conjunto")
                .add("landingPage", "HTTP://WWW.Cartagena.gov.co/datos/presupuesto"));

        assertEquals("HTTP://WWW.Cartagena.gov.co/datos/presupuesto", entry.url());
        assertEquals("cartagena.gov.co", entry.portal());
    }

    @Test
    void dcatPublisherAndThemeAsPlainStrings() throws Exception {
        DatasetMetadata entry = readDcat(dcatDataset("CTG-1", "Conjunto")
                .add("publisher", "Alcaldía Distrital de Cartagena de Indias")
                .add("theme", "Movilidad"));

        assertEquals("Alcaldía Distrital de Cartagena de Indias", entry.publisher());
        assertEquals("Movilidad", entry.theme());
    }

    @Test
    void dcatEmptyCatalogIsRejected() {
        MetadataFormatException rejection = assertRejected(() -> readText("""
                {"@type": "dcat:Catalog", "conformsTo": "https://project-open-data.cio.gov/v1.1/schema",
                 "dataset": []}
                """));

        assertEquals(MetadataFormatException.EMPTY, rejection.getMessageKey());
        assertArrayEquals(new Object[0], rejection.getArguments());
    }

    @Test
    void dcatMissingTitleIsRejectedWithPosition() {
        MetadataFormatException rejection = assertRejected(() -> readResource("dcat-missing-title.json"));

        assertEquals(MetadataFormatException.MISSING_FIELD, rejection.getMessageKey());
        assertArrayEquals(new Object[] {"title", 2}, rejection.getArguments());
    }

    @Test
    void dcatMissingIdentifierIsRejectedWithPosition() {
        JsonObject withoutIdentifier = Json.createObjectBuilder().add("title", "Sin identificador").build();
        MetadataFormatException rejection = assertRejected(() -> readText(catalog(
                dcatDataset("CTG-1", "Primero"), Json.createObjectBuilder(withoutIdentifier))));

        assertEquals(MetadataFormatException.MISSING_FIELD, rejection.getMessageKey());
        assertArrayEquals(new Object[] {"identifier", 2}, rejection.getArguments());
    }

    @Test
    void dcatDuplicateIdentifierIsRejected() {
        MetadataFormatException rejection = assertRejected(() -> readText(catalog(
                dcatDataset("CTG-1", "Primero"),
                dcatDataset("CTG-2", "Segundo"),
                dcatDataset(" CTG-1 ", "Tercero"))));

        assertEquals(MetadataFormatException.DUPLICATE, rejection.getMessageKey());
        assertArrayEquals(new Object[] {"CTG-1", 3}, rejection.getArguments());
    }

    @Test
    void dcatNonObjectDatasetIsUnknown() {
        MetadataFormatException arrayOfStrings = assertRejected(
                () -> readText("{\"dataset\": [\"zonas-wifi\"]}"));
        MetadataFormatException notAnArray = assertRejected(
                () -> readText("{\"dataset\": {\"identifier\": \"CTG-1\", \"title\": \"Conjunto\"}}"));

        assertEquals(MetadataFormatException.UNKNOWN_FORMAT, arrayOfStrings.getMessageKey());
        assertEquals(MetadataFormatException.UNKNOWN_FORMAT, notAnArray.getMessageKey());
    }

    // ---- Field validation ----

    @ParameterizedTest
    @CsvSource({"identifier, 100", "title, 300", "url, 500", "theme, 200", "publisher, 200"})
    void fieldAtMaximumLengthIsAccepted(String field, int max) throws Exception {
        DatasetMetadata entry = readDcat(datasetWithFieldLength(field, max));

        assertNotNull(entry);
    }

    @ParameterizedTest
    @CsvSource({"identifier, 100", "title, 300", "url, 500", "theme, 200", "publisher, 200"})
    void fieldOverMaximumLengthIsRejected(String field, int max) {
        MetadataFormatException rejection = assertRejected(() -> readText(catalog(
                dcatDataset("CTG-1", "Primero"),
                datasetWithFieldLength(field, max + 1))));

        assertEquals(MetadataFormatException.TOO_LONG, rejection.getMessageKey());
        assertArrayEquals(new Object[] {field, 2, max}, rejection.getArguments());
    }

    @Test
    void portalLongerThanColumnIsRejected() {
        String host = "a".repeat(60) + "." + "b".repeat(60) + ".gov.co";
        MetadataFormatException rejection = assertRejected(() -> readDcat(dcatDataset("CTG-1", "Conjunto")
                .add("landingPage", "https://" + host + "/dataset/1")));

        assertEquals(MetadataFormatException.TOO_LONG, rejection.getMessageKey());
        assertArrayEquals(new Object[] {"portal", 1, 100}, rejection.getArguments());
    }

    @Test
    void descriptionHasNoMaximumLength() throws Exception {
        String description = "Descripción larga. ".repeat(2000).strip();
        DatasetMetadata entry = readDcat(dcatDataset("CTG-1", "Conjunto").add("description", description));

        assertEquals(description, entry.description());
    }

    @Test
    void stringsAreTrimmedAndBlankBecomesNull() throws Exception {
        DatasetMetadata entry = readDcat(Json.createObjectBuilder()
                .add("identifier", "\t CTG-1 \n")
                .add("title", "  Red de ciclorrutas  \r\n")
                .add("description", " \n\t ")
                .add("theme", Json.createArrayBuilder().add("   ").add(" Movilidad "))
                .add("publisher", Json.createObjectBuilder().add("name", "\u2003Alcaldía Distrital\u2003"))
                .add("landingPage", " https://datos.cartagena.gov.co/dataset/ciclorrutas ")
                .add("modified", " 2024-05-01 "));

        assertEquals("CTG-1", entry.identifier());
        assertEquals("Red de ciclorrutas", entry.title());
        assertNull(entry.description());
        assertEquals("Movilidad", entry.theme());
        assertEquals("Alcaldía Distrital", entry.publisher());
        assertEquals("https://datos.cartagena.gov.co/dataset/ciclorrutas", entry.url());
        assertEquals(Instant.parse("2024-05-01T00:00:00Z"), entry.lastUpdated());
    }

    @Test
    void blankTitleCountsAsMissing() {
        MetadataFormatException rejection = assertRejected(() -> readDcat(dcatDataset("CTG-1", " \n ")));

        assertEquals(MetadataFormatException.MISSING_FIELD, rejection.getMessageKey());
        assertArrayEquals(new Object[] {"title", 1}, rejection.getArguments());
    }

    @Test
    void nonStringTitleCountsAsMissing() {
        MetadataFormatException rejection = assertRejected(() -> readDcat(Json.createObjectBuilder()
                .add("identifier", "CTG-1").add("title", 2024)));

        assertArrayEquals(new Object[] {"title", 1}, rejection.getArguments());
    }

    // ---- Input that is not metadata JSON ----

    @Test
    void truncatedFileIsRejectedAtItsEnd() {
        MetadataFormatException rejection = assertRejected(() -> readResource("malformed.json"));

        assertEquals(MetadataFormatException.NOT_JSON, rejection.getMessageKey());
        // The file has 10 lines and stops after the 106th character of the last one.
        assertArrayEquals(new Object[] {10L, 107L}, rejection.getArguments());
    }

    @Test
    void invalidTokenIsRejectedAtItsLocation() {
        MetadataFormatException rejection = assertRejected(() -> readText("{\n  \"id\": tru\n}"));

        assertEquals(MetadataFormatException.NOT_JSON, rejection.getMessageKey());
        assertArrayEquals(new Object[] {2L, 12L}, rejection.getArguments());
    }

    @Test
    void contentAfterJsonIsRejected() {
        MetadataFormatException rejection = assertRejected(() -> readText("{\"success\": false}\n\n  {}"));

        assertEquals(MetadataFormatException.NOT_JSON, rejection.getMessageKey());
        assertArrayEquals(new Object[] {3L, 3L}, rejection.getArguments());
    }

    @Test
    void emptyInputIsRejected() {
        MetadataFormatException empty = assertRejected(() -> readText(""));
        MetadataFormatException blank = assertRejected(() -> readText("  \n "));

        assertEquals(MetadataFormatException.NOT_JSON, empty.getMessageKey());
        assertArrayEquals(new Object[] {1L, 1L}, empty.getArguments());
        assertArrayEquals(new Object[] {2L, 2L}, blank.getArguments());
    }

    @Test
    void unknownShapeIsRejected() {
        MetadataFormatException rejection = assertRejected(() -> readResource("unknown-shape.json"));

        assertEquals(MetadataFormatException.UNKNOWN_FORMAT, rejection.getMessageKey());
        assertArrayEquals(new Object[0], rejection.getArguments());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[{\"id\": \"abcd-1234\", \"name\": \"Vista\"}]", "42", "\"texto\"", "null"})
    void nonObjectRootIsUnknown(String json) {
        MetadataFormatException rejection = assertRejected(() -> readText(json));

        assertEquals(MetadataFormatException.UNKNOWN_FORMAT, rejection.getMessageKey());
    }

    @Test
    void deeplyNestedJsonIsUnknown() {
        String json = "{\"dataset\": " + "[".repeat(5000) + "]".repeat(5000) + "}";

        MetadataFormatException rejection = assertRejected(() -> readText(json));

        assertEquals(MetadataFormatException.UNKNOWN_FORMAT, rejection.getMessageKey());
    }

    @Test
    void latin1BytesAreRejectedAsNotUtf8() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\n  \"title\": \"Alcald".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xED);
        bytes.writeBytes("a\"}".getBytes(StandardCharsets.UTF_8));

        MetadataFormatException rejection = assertRejected(
                () -> DatasetMetadataReader.read(new ByteArrayInputStream(bytes.toByteArray())));

        assertEquals(MetadataFormatException.NOT_UTF8, rejection.getMessageKey());
        assertArrayEquals(new Object[] {2L, 19L}, rejection.getArguments());
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() throws Exception {
        DatasetMetadata entry = readText("\uFEFF{\"id\": \"abcd-1234\", \"name\": \"Año de ocupación\"}").get(0);

        assertEquals("Año de ocupación", entry.title());
    }

    @Test
    void returnedListIsUnmodifiable() throws Exception {
        List<DatasetMetadata> entries = readResource("dcat-data.json");

        assertThrows(UnsupportedOperationException.class, () -> entries.remove(0));
        assertThrows(UnsupportedOperationException.class, () -> entries.get(0).columns().add("x"));
    }

    @Test
    void exceptionArgumentsAreCopies() {
        MetadataFormatException rejection = new MetadataFormatException(
                MetadataFormatException.DUPLICATE, "Identifier CTG-1 occurs again at dataset 2", "CTG-1", 2);

        rejection.getArguments()[0] = "changed";

        assertArrayEquals(new Object[] {"CTG-1", 2}, rejection.getArguments());
        assertEquals("Identifier CTG-1 occurs again at dataset 2", rejection.getMessage());
    }

    // ---- Helpers ----

    private static List<DatasetMetadata> readResource(String name) throws MetadataFormatException {
        try (InputStream input = DatasetMetadataReaderTest.class.getResourceAsStream("/opendata/" + name)) {
            assertNotNull(input, "test resource /opendata/" + name);
            return DatasetMetadataReader.read(input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<DatasetMetadata> readText(String json) throws MetadataFormatException {
        return DatasetMetadataReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static MetadataFormatException assertRejected(Executable read) {
        return assertThrows(MetadataFormatException.class, read);
    }

    private static JsonObjectBuilder socrataView() {
        return Json.createObjectBuilder().add("id", "abcd-1234").add("name", "Vista de prueba");
    }

    private static JsonObject column(String name, String fieldName, int position) {
        return Json.createObjectBuilder()
                .add("name", name).add("fieldName", fieldName).add("position", position).build();
    }

    private static DatasetMetadata readSingle(JsonObjectBuilder view) throws MetadataFormatException {
        List<DatasetMetadata> entries = readText(view.build().toString());
        assertEquals(1, entries.size());
        return entries.get(0);
    }

    private static JsonObjectBuilder ckanPackage() {
        return Json.createObjectBuilder()
                .add("title", "Paquete de prueba")
                .add("resources", Json.createArrayBuilder());
    }

    private static DatasetMetadata readCkan(JsonObjectBuilder ckanPackage) throws MetadataFormatException {
        JsonObject response = Json.createObjectBuilder()
                .add("help", "https://datos.cartagena.gov.co/api/3/action/help_show?name=package_show")
                .add("success", true)
                .add("result", ckanPackage)
                .build();
        return readText(response.toString()).get(0);
    }

    private static JsonObjectBuilder dcatDataset(String identifier, String title) {
        return Json.createObjectBuilder().add("identifier", identifier).add("title", title);
    }

    private static String catalog(JsonObjectBuilder... datasets) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObjectBuilder dataset : datasets) {
            array.add(dataset);
        }
        return Json.createObjectBuilder().add("@type", "dcat:Catalog").add("dataset", array).build().toString();
    }

    private static DatasetMetadata readDcat(JsonObjectBuilder dataset) throws MetadataFormatException {
        List<DatasetMetadata> entries = readText(catalog(dataset));
        assertEquals(1, entries.size());
        return entries.get(0);
    }

    /** Returns a DCAT dataset whose {@code field} has exactly {@code length} characters. */
    private static JsonObjectBuilder datasetWithFieldLength(String field, int length) {
        JsonObjectBuilder dataset = dcatDataset("CTG-2", "Segundo");
        switch (field) {
            case "identifier" -> dataset.add("identifier", "i".repeat(length));
            case "title" -> dataset.add("title", "t".repeat(length));
            case "url" -> {
                String prefix = "https://datos.cartagena.gov.co/dataset/";
                dataset.add("landingPage", prefix + "u".repeat(length - prefix.length()));
            }
            case "theme" -> dataset.add("theme", Json.createArrayBuilder().add("m".repeat(length)));
            case "publisher" -> dataset.add("publisher", Json.createObjectBuilder().add("name", "p".repeat(length)));
            default -> throw new IllegalArgumentException("No length case for field " + field);
        }
        return dataset;
    }
}

package co.gestionabierta.it;

import co.gestionabierta.testsupport.Deployments;
import co.gestionabierta.testsupport.FacesClient;
import co.gestionabierta.testsupport.FacesClient.Upload;
import co.gestionabierta.testsupport.ModeratorClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static co.gestionabierta.testsupport.ModeratorClient.messages;
import static co.gestionabierta.testsupport.TestDatabase.strings;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Management report uploads and dataset catalogue imports, over real HTTP with multipart forms. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogIT {

    private static final String PASSWORD = System.getenv("GA_DEMO_PASSWORD");
    private static final String ACCENTED_NAME = "Informe de Gestión Educación 2025-T3.pdf";

    /** A small but complete PDF 1.4 file with one empty page. */
    private static final byte[] PDF = ("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n"
            + "1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);

    /** The first bytes of a PNG image, sent under a .pdf name. */
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H',
            'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89};

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static FacesClient signedIn(String email) throws IOException, InterruptedException {
        FacesClient client = new FacesClient();
        client.login(email, PASSWORD);
        return client;
    }

    private static Document uploadReport(FacesClient secretary, String title, Upload file) throws Exception {
        Document form = Jsoup.parse(secretary.open("secretary/report.xhtml").body());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("report:title", title);
        values.put("report:period", "2025-T3");
        values.put("report:summary", "Cobertura, matrícula y alimentación escolar del tercer trimestre de 2025.");
        return Jsoup.parse(secretary.submitMultipart(form, "report", values, Map.of("report:file", file),
                "report:submit").body());
    }

    @Test
    void secretaryUploadsPdfKeepingAccentedName() throws Exception {
        FacesClient secretary = signedIn("educacion@gestionabierta.example");

        Document page = uploadReport(secretary, "Informe de gestión Educación 2025-T3",
                new Upload(ACCENTED_NAME, "application/pdf", PDF));

        assertEquals(List.of("El informe quedó publicado."), messages(page));
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        List<String> stored = strings("SELECT CONCAT(r.id, '|', d.code, '|', r.file_name, '|', r.file_size, '|',"
                + " r.file_sha256, '|', r.period) FROM management_report r JOIN department d ON d.id = r.department_id"
                + " WHERE r.title = 'Informe de gestión Educación 2025-T3'");
        assertEquals(1, stored.size());
        String id = stored.get(0).split("\\|")[0];
        assertEquals(id + "|SED|" + ACCENTED_NAME + "|" + PDF.length + "|" + sha256 + "|2025-T3", stored.get(0));

        HttpResponse<byte[]> download = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                URI.create(co.gestionabierta.testsupport.Urls.base() + "reports/" + id + "/document")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"Informe de Gestion Educacion 2025-T3.pdf\"; "
                        + "filename*=UTF-8''Informe%20de%20Gesti%C3%B3n%20Educaci%C3%B3n%202025-T3.pdf",
                download.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("\"" + sha256 + "\"", download.headers().firstValue("ETag").orElseThrow());
        assertArrayEquals(PDF, download.body());

        Document publicList = Jsoup.parse(new FacesClient().get("reports.xhtml?department="
                + ModeratorClient.departmentIds("SED").get(0)).body());
        assertEquals(List.of("Secretaría de Educación"), publicList.select(".report-group h2").eachText());
        assertEquals(1, publicList.select("a[href$=/reports/" + id + "/document]").size());
    }

    @Test
    void reportOfSessionDownloads() throws Exception {
        FacesClient secretary = signedIn("educacion@gestionabierta.example");
        String sessionId = strings("SELECT id FROM accountability_session WHERE title = 'Rendición de cuentas vigencia 2024'")
                .get(0);
        Document form = Jsoup.parse(secretary.open("secretary/report.xhtml").body());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("report:title", "Informe de Educación presentado en la sesión de 2024");
        values.put("report:session", sessionId);
        Document page = Jsoup.parse(secretary.submitMultipart(form, "report", values,
                Map.of("report:file", new Upload("sesión 2024.pdf", "application/pdf", PDF)), "report:submit").body());
        String id = strings("SELECT id FROM management_report WHERE title = 'Informe de Educación presentado en la sesión de 2024'")
                .get(0);

        HttpResponse<byte[]> download = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                URI.create(co.gestionabierta.testsupport.Urls.base() + "reports/" + id + "/document")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        Document sessionPage = Jsoup.parse(new FacesClient().get("session.xhtml?id=" + sessionId).body());

        assertEquals(List.of("El informe quedó publicado."), messages(page));
        assertEquals(200, download.statusCode());
        assertArrayEquals(PDF, download.body());
        assertEquals(1, sessionPage.select("#reports ~ ul a[href$=/reports/" + id + "/document]").size());
    }

    @Test
    void renamedImageIsRejectedAndNothingStored() throws Exception {
        FacesClient secretary = signedIn("educacion@gestionabierta.example");
        String before = strings("SELECT COUNT(*) FROM management_report").get(0);

        Document page = uploadReport(secretary, "Informe con imagen renombrada",
                new Upload("Informe de Gestión Educación 2025-T3.pdf", "application/pdf", PNG));

        assertEquals(List.of("El archivo no es un PDF. Se revisa el contenido, no el nombre: exporte el documento"
                + " como PDF y vuelva a subirlo."), messages(page));
        assertEquals(before, strings("SELECT COUNT(*) FROM management_report").get(0));
        assertEquals("Informe con imagen renombrada", page.getElementById("report:title").attr("value"),
                "the form keeps what was typed");
    }

    @Test
    void otherDepartmentsReportIsNotFound() throws Exception {
        FacesClient education = signedIn("educacion@gestionabierta.example");
        uploadReport(education, "Informe de Educación que Planeación no ve",
                new Upload("educacion.pdf", "application/pdf", PDF));
        String id = strings("SELECT id FROM management_report WHERE title = 'Informe de Educación que Planeación no ve'")
                .get(0);
        FacesClient planning = signedIn("planeacion@gestionabierta.example");

        assertEquals(404, planning.get("secretary/report.xhtml?id=" + id).statusCode());
        assertEquals(200, education.get("secretary/report.xhtml?id=" + id).statusCode());
    }

    @Test
    void draftSessionReportIsNotDownloadable() throws Exception {
        FacesClient visitor = new FacesClient();

        assertEquals(404, visitor.get("reports/999999999/document").statusCode());
        assertEquals(404, visitor.get("reports/abc/document").statusCode());
    }

    private static Document importFile(FacesClient admin, String resource) throws Exception {
        Document form = Jsoup.parse(admin.open("admin/datasets.xhtml").body());
        byte[] content;
        try (InputStream in = CatalogIT.class.getResourceAsStream("/opendata/" + resource)) {
            content = in.readAllBytes();
        }
        return Jsoup.parse(admin.submitMultipart(form, "import-form", Map.of(),
                Map.of("import-form:file", new Upload(resource, "application/json", content)),
                "import-form:submit").body());
    }

    @Test
    void socrataImportUpdatesInsteadOfDuplicating() throws Exception {
        FacesClient admin = signedIn("administrador@gestionabierta.example");

        Document first = importFile(admin, "socrata-view.json");
        List<String> firstRow = strings("SELECT CONCAT(title, '|', theme, '|', publisher, '|', last_updated_at, '|', url)"
                + " FROM dataset WHERE portal = 'datos.gov.co' AND portal_identifier = 'wxyz-12ab'");
        Document second = importFile(admin, "socrata-view-updated.json");
        Document third = importFile(admin, "socrata-view-updated.json");

        assertEquals(List.of("Importación terminada: 1 nuevo, 0 actualizados, 0 sin cambios."), messages(first));
        assertEquals(List.of("Censo de asentamientos informales Cartagena 2021|Vivienda, Ciudad y Territorio|"
                + "Secretaría de Planeación Distrital de Cartagena de Indias|2024-03-08 17:07:02.000000|"
                + "https://www.datos.gov.co/d/wxyz-12ab"), firstRow);
        assertEquals(List.of("Importación terminada: 0 nuevos, 1 actualizado, 0 sin cambios."), messages(second));
        assertEquals(List.of("Importación terminada: 0 nuevos, 0 actualizados, 1 sin cambios."), messages(third));
        assertEquals(List.of("1|Censo de asentamientos informales Cartagena 2021 (actualización 2024)"),
                strings("SELECT CONCAT(COUNT(*), '|', MAX(title)) FROM dataset WHERE portal_identifier = 'wxyz-12ab'"));
        assertEquals(List.of("Nombre del asentamiento\nLocalidad\nUnidad Comunera de Gobierno\nAño de ocupación\n"
                + "Número de viviendas"), strings("SELECT column_names FROM dataset WHERE portal_identifier = 'wxyz-12ab'"));
    }

    @Test
    void ckanAndDcatFilesAreImported() throws Exception {
        FacesClient admin = signedIn("administrador@gestionabierta.example");

        Document ckan = importFile(admin, "ckan-package-show.json");
        Document dcat = importFile(admin, "dcat-data.json");

        assertEquals(List.of("Importación terminada: 1 nuevo, 0 actualizados, 0 sin cambios."), messages(ckan));
        assertEquals(List.of("Estratificación socioeconómica por barrio - Cartagena de Indias"),
                strings("SELECT title FROM dataset WHERE portal_identifier = '3f9c2b1e-7a4d-4e8b-9c61-0d5a2f8e4b17'"));
        assertEquals(List.of("Importación terminada: 3 nuevos, 0 actualizados, 0 sin cambios."), messages(dcat));
        assertEquals(List.of("Red de ciclorrutas de Cartagena de Indias", "Zonas WiFi gratuitas en espacios públicos de Cartagena de Indias"),
                strings("SELECT title FROM dataset WHERE portal_identifier IN ("
                        + "'https://datos.cartagena.gov.co/id/ctg-tic-0001', 'https://datos.cartagena.gov.co/id/ctg-datt-0007')"
                        + " ORDER BY title"));
        assertEquals(1, dcat.select("#datasets th:contains(Red de ciclorrutas de Cartagena de Indias)").size());
    }

    @Test
    void malformedFileChangesNothing() throws Exception {
        FacesClient admin = signedIn("administrador@gestionabierta.example");
        String before = strings("SELECT COUNT(*) FROM dataset").get(0);

        Document malformed = importFile(admin, "malformed.json");
        Document missingTitle = importFile(admin, "dcat-missing-title.json");
        Document unknown = importFile(admin, "unknown-shape.json");

        assertEquals(List.of("No se importó nada. El archivo no es JSON válido (línea 10, columna 107). Puede estar"
                + " incompleto o dañado, así que conviene descargarlo de nuevo del portal."), messages(malformed));
        assertEquals(List.of("No se importó nada. Al conjunto de datos n.º 2 del archivo le falta el campo obligatorio"
                + " «título»."), messages(missingTitle));
        assertEquals(List.of("No se importó nada. El archivo no tiene un formato de metadatos reconocido. Se aceptan"
                + " la vista de Socrata (/api/views/<id>.json), la respuesta package_show de CKAN y el catálogo"
                + " data.json de DCAT-US."), messages(unknown));
        assertEquals(before, strings("SELECT COUNT(*) FROM dataset").get(0));
    }

    @Test
    void onlyAdministratorsImport() throws Exception {
        FacesClient moderator = signedIn(ModeratorClient.EMAIL);

        assertEquals(403, moderator.get("admin/datasets.xhtml").statusCode());
    }
}

package co.gestionabierta.bootstrap;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo data files hold what the loader expects, so a bad edit fails here and not at start-up. */
class CartagenaDataFilesTest {

    private static final String FOLDER = "demo/cartagena/";

    @Test
    void twentyFiveDepartmentsWithUniqueCodes() {
        List<CSVRecord> rows = CsvFile.read(FOLDER + "departments.csv");
        Set<String> codes = rows.stream().map(row -> row.get("code")).collect(Collectors.toSet());

        assertEquals(25, rows.size());
        assertEquals(25, codes.size());
        assertEquals("Secretaría de Planeación Distrital", rows.get(1).get("name"));
    }

    @Test
    void everySessionHasSpanishDetails() {
        Set<String> dates = CsvFile.read(FOLDER + "sessions.csv").stream()
                .map(row -> row.get("date")).collect(Collectors.toSet());
        Set<String> detailed = CsvFile.read(FOLDER + "sessions_es.csv").stream()
                .map(row -> row.get("date")).collect(Collectors.toSet());

        assertEquals(Set.of("2023-12-07", "2025-04-04", "2025-12-19"), dates);
        assertEquals(dates, detailed);
    }

    @Test
    void everyCommitmentHasSpanishWording() {
        Set<String> ids = CsvFile.read(FOLDER + "ogp_commitments.csv").stream()
                .map(row -> row.get("id")).collect(Collectors.toSet());
        Set<String> translated = CsvFile.read(FOLDER + "ogp_commitments_es.csv").stream()
                .map(row -> row.get("id")).collect(Collectors.toSet());

        assertEquals(Set.of("COCDI0001", "COCDI0002"), ids);
        assertEquals(ids, translated);
    }

    @Test
    void questionsAndDatasetsNameKnownDepartments() {
        Set<String> codes = CsvFile.read(FOLDER + "departments.csv").stream()
                .map(row -> row.get("code")).collect(Collectors.toSet());
        List<CSVRecord> questions = CsvFile.read(FOLDER + "sample_questions.csv");

        assertEquals(7, questions.size());
        for (CSVRecord question : questions) {
            assertTrue(codes.contains(question.get("department")), question.get("department"));
        }
        assertEquals(5, CsvFile.read(FOLDER + "datasets.csv").size());
        assertEquals(6, CsvFile.read(FOLDER + "development_plan_2024_2027.csv").size());
    }
}

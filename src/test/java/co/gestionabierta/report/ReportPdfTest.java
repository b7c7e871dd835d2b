package co.gestionabierta.report;

import co.gestionabierta.evaluation.SurveyQuestion;
import co.gestionabierta.evaluation.SurveyResult;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportPdfTest {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    private static final Locale SPANISH = Locale.forLanguageTag("es-CO");
    /** Text as a word processor pastes it: curly quotes, dashes, ellipsis, a non-breaking space, a soft hyphen. */
    private static final String PASTED = "¿Cuándo termina la obra del caño Juan Angola? ¡Ya van 3 años! "
            + "“Comillas” y ‘simples’ — raya – guion… 45 %\u00A0de avance; ñandú, Ñ, ü, € y el año. Re\u00ADsumen.";

    @Test
    void writesEverySpanishCharacterAndNumbersThePages() throws IOException {
        List<SessionReport.QuestionLine> questions = new ArrayList<>();
        questions.add(new SessionReport.QuestionLine(1001, "Secretaría de Infraestructura", PASTED,
                Instant.parse("2025-12-10T15:30:00Z"), 12, SessionReport.Outcome.ON_TIME,
                "Respuesta: la obra avanza según lo previsto — “entrega en junio”.", Instant.parse("2026-01-05T14:00:00Z"),
                LocalDate.of(2026, 1, 14), null));
        for (int i = 2; i <= 60; i++) {
            questions.add(new SessionReport.QuestionLine(1000 + i, "Secretaría de Educación",
                    "Pregunta número " + i + " sobre los colegios de la zona rural de Cartagena y su dotación.",
                    Instant.parse("2025-12-11T15:30:00Z"), i, SessionReport.Outcome.PENDING, null, null,
                    LocalDate.of(2026, 1, 14), null));
        }
        SessionReport report = report(questions, "Emoji 😀 en el resumen");

        byte[] pdf = ReportPdf.write(report, SPANISH, BOGOTA);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 3, "60 questions fill more than two pages, got " + pages);
            String text = new PDFTextStripper().getText(document).replace("\r\n", "\n");
            String compact = text.replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ");
            assertTrue(compact.contains("¿Cuándo termina la obra del caño Juan Angola? ¡Ya van 3 años!"), compact);
            assertTrue(compact.contains("“Comillas” y ‘simples’ — raya – guion… 45 %"), compact);
            assertTrue(compact.contains("ñandú, Ñ, ü, € y el año. Resumen."), compact);
            assertTrue(compact.contains("“entrega en junio”"), compact);
            assertTrue(compact.contains("Emoji " + ReportPdf.clean("😀") + " en el resumen"), compact);
            assertFalse(compact.contains("😀"));
            assertEquals("\u25A1", ReportPdf.clean("😀"));
            assertTrue(compact.contains("Pregunta 1 · Secretaría de Infraestructura"), compact);
            assertTrue(compact.contains("Pregunta 60 · Secretaría de Educación"), compact);
            assertTrue(compact.contains("19 de diciembre de 2025, 9:00 a. m. · Fecha por confirmar"), compact);
            assertTrue(compact.contains("Hora Punto Presenta 9:00 a. m. Instalación y saludo (15 min) —"), compact);
            assertTrue(compact.contains("Respondieron: 2 · promedio 4,5 de 5"), compact);
            assertTrue(compact.contains("Respondida por escrito a tiempo"), compact);
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String pageText = stripper.getText(document);
                assertTrue(pageText.contains("Alcaldía Distrital de Cartagena de Indias"), "header on page " + page);
                assertTrue(pageText.contains("Página " + page + " de " + pages), "footer on page " + page + ": " + pageText);
            }
            assertEquals("es-CO", document.getDocumentCatalog().getLanguage());
            assertEquals("Informe de la rendición de cuentas: Diálogos de Superciudad: Rendición de cuentas 2025",
                    document.getDocumentInformation().getTitle());
        }
    }

    @Test
    void cleaningDropsInvisibleCharactersAndKeepsLineBreaks() {
        assertEquals("Resumen\nlínea dos y tabulador", ReportPdf.clean("Re\u00ADsu\u200Bmen\r\nlínea dos y\ttabulador"));
        assertEquals("", ReportPdf.clean(null));
    }

    private static SessionReport report(List<SessionReport.QuestionLine> questions, String summary) {
        return new SessionReport(7, "Alcaldía Distrital de Cartagena de Indias",
                "Diálogos de Superciudad: Rendición de cuentas 2025", "YEARLY", 2025, null, LocalDate.of(2025, 12, 19),
                true, LocalTime.of(9, 0), "Institución Educativa San Francisco de Asís, barrio Arroz Barato", summary, "CLOSED",
                null, List.of("Secretaría de Planeación"),
                List.of(new SessionReport.AgendaLine(1, "Instalación y saludo", null, LocalTime.of(9, 0), 15)),
                List.of(new SessionReport.DocumentLine(3, "Informe de gestión 2025", "Secretaría de Planeación", "2025", true)),
                List.of(), questions,
                List.of(new SessionReport.CommitmentLine(9, "Publicar el avance del Plan cada trimestre",
                        "Secretaría de Planeación", LocalDate.of(2026, 6, 30), "IN_PROGRESS", 40)),
                new SessionReport.Participation(70, questions.size(), 41, 300, 25, 2, 0, 1, 0, 0, questions.size() - 1),
                List.of(new SurveyResult(1, SurveyQuestion.Kind.SCALE, "En general, ¿cómo califica esta rendición de cuentas?",
                        2, 4.5, List.of(new SurveyResult.Count("1", 0), new SurveyResult.Count("2", 0),
                        new SurveyResult.Count("3", 0), new SurveyResult.Count("4", 1), new SurveyResult.Count("5", 1)))),
                Instant.parse("2026-02-01T20:00:00Z"), true);
    }
}

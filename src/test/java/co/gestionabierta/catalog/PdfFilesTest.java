package co.gestionabierta.catalog;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfFilesTest {

    static final byte[] MINIMAL_PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Test
    void pdfIsRecognisedByContent() {
        assertTrue(PdfFiles.isPdf(MINIMAL_PDF));
    }

    @Test
    void renamedImageIsNotPdf() {
        assertFalse(PdfFiles.isPdf(PNG));
    }

    @Test
    void truncatedPdfIsNotPdf() {
        byte[] truncated = java.util.Arrays.copyOf(MINIMAL_PDF, 40);

        assertFalse(PdfFiles.isPdf(truncated));
    }

    @Test
    void cleanNameKeepsAccents() {
        assertEquals("Informe de Gestión Educación 2025-T3.pdf",
                PdfFiles.cleanName("Informe de Gestión Educación 2025-T3.pdf"));
    }

    @Test
    void cleanNameDropsFoldersAndControlCharacters() {
        assertEquals("informe.pdf", PdfFiles.cleanName("C:\\Users\\ana\\informe.pdf"));
        assertEquals("evil.pdf", PdfFiles.cleanName("../../evil\u0000\r\n.pdf"));
        assertEquals("Resumen.pdf", PdfFiles.cleanName("Resumen"));
        assertEquals("informe.pdf", PdfFiles.cleanName(""));
    }

    @Test
    void cleanNameComposesDecomposedAccents() {
        assertEquals("Educación.pdf", PdfFiles.cleanName("Educacio\u0301n.pdf"));
    }

    @Test
    void sha256IsHex() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", PdfFiles.sha256(new byte[0]));
    }
}

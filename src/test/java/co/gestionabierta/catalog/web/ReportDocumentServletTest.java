package co.gestionabierta.catalog.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportDocumentServletTest {

    @Test
    void dispositionKeepsAccentsWithAsciiFallback() {
        assertEquals("attachment; filename=\"Informe de Gestion Educacion 2025-T3.pdf\"; "
                        + "filename*=UTF-8''Informe%20de%20Gesti%C3%B3n%20Educaci%C3%B3n%202025-T3.pdf",
                ReportDocumentServlet.contentDisposition("Informe de Gestión Educación 2025-T3.pdf"));
    }

    @Test
    void dispositionEscapesQuotes() {
        assertEquals("attachment; filename=\"a_b*.pdf\"; filename*=UTF-8''a%22b%2A.pdf",
                ReportDocumentServlet.contentDisposition("a\"b*.pdf"));
    }
}

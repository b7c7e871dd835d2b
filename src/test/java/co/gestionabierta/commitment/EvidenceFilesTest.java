package co.gestionabierta.commitment;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EvidenceFilesTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0,
            (byte) 0xFF, (byte) 0xD9};

    @Test
    void recognisesTheAcceptedTypesByContent() {
        assertEquals(Optional.of(EvidenceFiles.Type.PDF), EvidenceFiles.typeOf(PDF));
        assertEquals(Optional.of(EvidenceFiles.Type.PNG), EvidenceFiles.typeOf(PNG));
        assertEquals(Optional.of(EvidenceFiles.Type.JPEG), EvidenceFiles.typeOf(JPEG));
        assertEquals(Optional.empty(), EvidenceFiles.typeOf("<html><script>alert(1)</script></html>"
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), EvidenceFiles.typeOf(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}));
    }

    @Test
    void fileNameFollowsContent() {
        EvidenceFiles.Checked png = EvidenceFiles.check("C:\\Fotos\\obra terminada.pdf", PNG);

        assertEquals("obra terminada.pdf.png", png.name());
        assertEquals("image/png", png.type().mediaType());
        assertArrayEquals(PNG, png.content());
        assertEquals(64, png.sha256().length());
        assertEquals("Foto de la obra.jpeg", EvidenceFiles.check("../Foto de la obra.jpeg", JPEG).name());
        assertEquals("Acta nº 3.pdf", EvidenceFiles.check("Acta nº 3.pdf", PDF).name());
        assertEquals("evidencia.pdf", EvidenceFiles.check("\"?*", PDF).name());
    }

    @Test
    void refusesEmptyAndForeignFiles() {
        assertEquals("commitment.rule.fileEmpty",
                assertThrows(CommitmentRuleException.class, () -> EvidenceFiles.check("vacío.pdf", new byte[0])).getMessageKey());
        CommitmentRuleException foreign = assertThrows(CommitmentRuleException.class,
                () -> EvidenceFiles.check("informe.docx", "PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("commitment.rule.fileType", foreign.getMessageKey());
        assertEquals("informe.docx", foreign.getArguments()[0]);
    }

    @Test
    void acceptsOnlyAbsoluteWebLinks() {
        assertEquals("https://www.cartagena.gov.co/obras?id=4", EvidenceFiles.checkLink("  https://www.cartagena.gov.co/obras?id=4 "));
        assertEquals("http://datos.gov.co/a/b", EvidenceFiles.checkLink("http://datos.gov.co/a/b"));
        for (String bad : new String[]{"javascript:alert(1)", "ftp://datos.gov.co/x", "/obras", "www.cartagena.gov.co",
                "https://", "https://cartagena.gov.co/una obra", "data:text/html,<script>"}) {
            assertEquals("commitment.rule.linkInvalid",
                    assertThrows(CommitmentRuleException.class, () -> EvidenceFiles.checkLink(bad)).getMessageKey(), bad);
        }
        assertEquals("commitment.rule.linkTooLong", assertThrows(CommitmentRuleException.class,
                () -> EvidenceFiles.checkLink("https://a.co/" + "x".repeat(2000))).getMessageKey());
    }
}

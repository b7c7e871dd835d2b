package co.gestionabierta.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/** Checks uploaded PDF files by their content and cleans the names they arrive with. */
public final class PdfFiles {

    /** Largest PDF accepted: 10 MiB, below MariaDB's default 16 MiB packet limit. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRAILER = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_WINDOW = 1024;
    private static final int TRAILER_WINDOW = 2048;

    private PdfFiles() {
    }

    /**
     * Returns whether the bytes are a PDF file: the "%PDF-" header within the first kilobyte, as readers
     * accept it, and an "%%EOF" marker near the end, which a truncated upload lacks.
     */
    public static boolean isPdf(byte[] content) {
        return indexOf(content, HEADER, 0, Math.min(content.length, HEADER_WINDOW + HEADER.length)) >= 0
                && indexOf(content, TRAILER, Math.max(0, content.length - TRAILER_WINDOW), content.length) >= 0;
    }

    /**
     * Cleans a file name sent by a browser: drops any folder part, control characters and characters
     * that no file system accepts, keeps accents (in NFC form), and makes sure it ends in ".pdf".
     */
    public static String cleanName(String submitted) {
        String name = submitted == null ? "" : submitted;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}\"*:<>?|]", "")
                .strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "informe";
        }
        if (!name.toLowerCase().endsWith(".pdf")) {
            name = name + ".pdf";
        }
        if (name.length() > 200) {
            name = name.substring(0, 196) + ".pdf";
        }
        return name;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static int indexOf(byte[] content, byte[] wanted, int from, int to) {
        for (int i = from; i + wanted.length <= to; i++) {
            boolean match = true;
            for (int j = 0; j < wanted.length && match; j++) {
                match = content[i + j] == wanted[j];
            }
            if (match) {
                return i;
            }
        }
        return -1;
    }
}

package co.gestionabierta.commitment;

import co.gestionabierta.catalog.PdfFiles;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks evidence before it is stored: files by their content (PDF, PNG or JPEG, at most 10 MiB), never by
 * the name or the type the browser claims, and links by their form (an absolute http or https address).
 */
public final class EvidenceFiles {

    /** Largest evidence file: 10 MiB, below MariaDB's default 16 MiB packet limit. */
    public static final int MAX_BYTES = PdfFiles.MAX_BYTES;
    public static final int MAX_FILES = 5;
    public static final int MAX_LINKS = 5;
    public static final int MAX_URL = 2000;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** A file type accepted as evidence, with its media type and usual extension. */
    public enum Type {
        PDF("application/pdf", ".pdf"),
        PNG("image/png", ".png"),
        JPEG("image/jpeg", ".jpg");

        private final String mediaType;
        private final String extension;

        Type(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }
    }

    /** A file whose content was recognised, with a clean name and its SHA-256. */
    public record Checked(String name, Type type, byte[] content, String sha256) {
    }

    private EvidenceFiles() {
    }

    /** Returns the type of the content, or empty when it is not an accepted type. */
    public static Optional<Type> typeOf(byte[] content) {
        if (content == null || content.length < 4) {
            return Optional.empty();
        }
        if (PdfFiles.isPdf(content)) {
            return Optional.of(Type.PDF);
        }
        if (startsWith(content, PNG)) {
            return Optional.of(Type.PNG);
        }
        if ((content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8 && (content[2] & 0xFF) == 0xFF
                && (content[content.length - 2] & 0xFF) == 0xFF && (content[content.length - 1] & 0xFF) == 0xD9) {
            return Optional.of(Type.JPEG);
        }
        return Optional.empty();
    }

    /** Checks an uploaded file; the rule exception names the file when it is refused. */
    public static Checked check(String submittedName, byte[] content) {
        String shownName = submittedName == null ? "" : submittedName;
        if (content == null || content.length == 0) {
            throw new CommitmentRuleException("commitment.rule.fileEmpty", shownName);
        }
        if (content.length > MAX_BYTES) {
            throw new CommitmentRuleException("commitment.rule.fileTooLarge", shownName, MAX_BYTES / (1024 * 1024));
        }
        Type type = typeOf(content).orElseThrow(() -> new CommitmentRuleException("commitment.rule.fileType", shownName));
        return new Checked(cleanName(submittedName, type), type, content, PdfFiles.sha256(content));
    }

    /**
     * Cleans a file name sent by a browser: drops any folder part and the characters no file system
     * accepts, keeps accents in NFC form, and makes the extension match the content.
     */
    public static String cleanName(String submitted, Type type) {
        String name = submitted == null ? "" : submitted;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\"*:<>?|]", "").strip();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean hasExtension = lower.endsWith(type.extension()) || (type == Type.JPEG && lower.endsWith(".jpeg"));
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "evidencia";
        }
        if (!hasExtension) {
            name = name + type.extension();
        }
        if (name.length() > 200) {
            name = name.substring(0, 195) + type.extension();
        }
        return name;
    }

    /** Checks a link: an absolute http or https address with a host, without spaces, of at most 2,000 characters. */
    public static String checkLink(String text) {
        String link = text == null ? "" : text.strip();
        if (link.length() > MAX_URL) {
            throw new CommitmentRuleException("commitment.rule.linkTooLong", MAX_URL);
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty()) {
                return link;
            }
        } catch (URISyntaxException e) {
            // reported below with the link as the citizen typed it
        }
        throw new CommitmentRuleException("commitment.rule.linkInvalid", link);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

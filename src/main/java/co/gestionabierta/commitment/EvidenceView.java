package co.gestionabierta.commitment;

/** Timeline view of a piece of evidence, without its content. */
public record EvidenceView(long id, long updateId, Evidence.Kind kind, String url, String fileName,
                           String contentType, Long fileSize, String sha256) {

    public boolean isFile() {
        return kind == Evidence.Kind.FILE;
    }
}

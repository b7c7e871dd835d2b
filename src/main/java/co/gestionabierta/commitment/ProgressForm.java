package co.gestionabierta.commitment;

import java.util.List;

/** A progress update as the secretary enters it: the new state, the text and the evidence. */
public record ProgressForm(CommitmentStatus status, int progressPercent, String text, Long milestoneId,
                           List<String> links, List<UploadedFile> files) {

    /** A file as it arrived from the browser, not yet checked. */
    public record UploadedFile(String submittedName, byte[] content) {
    }

    public ProgressForm {
        links = links == null ? List.of() : List.copyOf(links);
        files = files == null ? List.of() : List.copyOf(files);
    }
}

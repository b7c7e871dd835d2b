package co.gestionabierta.commitment.web;

import co.gestionabierta.account.CurrentUser;
import co.gestionabierta.commitment.Commitment;
import co.gestionabierta.commitment.CommitmentRuleException;
import co.gestionabierta.commitment.CommitmentService;
import co.gestionabierta.commitment.CommitmentStatus;
import co.gestionabierta.commitment.EvidenceFiles;
import co.gestionabierta.commitment.Milestone;
import co.gestionabierta.commitment.ProgressForm;
import co.gestionabierta.web.Messages;
import co.gestionabierta.web.NotFoundException;
import co.gestionabierta.web.Requests;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The form where a secretary of the responsible department posts a progress update with evidence. The
 * commitment's version travels with the form, so an update posted meanwhile by a colleague is never
 * overwritten unseen.
 */
@Named
@RequestScoped
public class ProgressUpdateView {

    @Inject
    private CurrentUser currentUser;

    @EJB
    private CommitmentService service;

    private String id;
    private Commitment commitment;
    private long seenVersion;
    private CommitmentStatus status;
    private Integer progress;
    private String text;
    private Long milestoneId;
    private String links;
    private List<Part> files = new ArrayList<>();

    @PostConstruct
    void init() {
        id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (id == null || !id.matches("[0-9]{1,18}") || !currentUser.hasRole("SECRETARY")) {
            return;
        }
        try {
            commitment = service.findOwn(currentUser.require(), Long.parseLong(id));
            seenVersion = commitment.getVersion();
            status = commitment.getStatus();
            progress = commitment.getProgressPercent();
        } catch (NotFoundException e) {
            commitment = null;
        }
    }

    public void load() throws IOException {
        if (commitment == null) {
            Requests.sendNotFound();
        }
    }

    public String post() {
        try {
            List<ProgressForm.UploadedFile> uploads = new ArrayList<>();
            for (Part part : files) {
                if (part != null && part.getSize() > 0) {
                    uploads.add(new ProgressForm.UploadedFile(part.getSubmittedFileName(), read(part)));
                }
            }
            List<String> linkList = links == null ? List.of() : Arrays.stream(links.split("\\R"))
                    .map(String::strip).filter(line -> !line.isEmpty()).toList();
            service.postUpdate(currentUser.require(), commitment.getId(), seenVersion,
                    new ProgressForm(status, progress == null ? -1 : progress, text, milestoneId, linkList, uploads));
            Messages.flashInfo("commitment.progressPosted");
            return "/commitment?faces-redirect=true&id=" + commitment.getId();
        } catch (CommitmentRuleException e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        } catch (NotFoundException e) {
            Messages.error("commitment.gone");
        } catch (IOException e) {
            Messages.error("commitment.rule.fileUnreadable");
        }
        return null;
    }

    /** Reads at most one byte over the limit, so an oversized file is refused without reading it all. */
    private static byte[] read(Part part) throws IOException {
        if (part.getSize() > EvidenceFiles.MAX_BYTES) {
            throw new CommitmentRuleException("commitment.rule.fileTooLarge", part.getSubmittedFileName(),
                    EvidenceFiles.MAX_BYTES / (1024 * 1024));
        }
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(EvidenceFiles.MAX_BYTES + 1);
        }
    }

    /** Milestones not reached yet, which this update may report. */
    public List<Milestone> getOpenMilestones() {
        return commitment.getMilestones().stream().filter(m -> !m.isReached()).toList();
    }

    public List<CommitmentStatus> getStatuses() {
        return List.of(CommitmentStatus.values());
    }

    public Commitment getCommitment() {
        return commitment;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public long getSeenVersion() {
        return seenVersion;
    }

    public void setSeenVersion(long seenVersion) {
        this.seenVersion = seenVersion;
    }

    public CommitmentStatus getStatus() {
        return status;
    }

    public void setStatus(CommitmentStatus status) {
        this.status = status;
    }

    public Integer getProgress() {
        return progress;
    }

    public void setProgress(Integer progress) {
        this.progress = progress;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getMilestoneId() {
        return milestoneId;
    }

    public void setMilestoneId(Long milestoneId) {
        this.milestoneId = milestoneId;
    }

    public String getLinks() {
        return links;
    }

    public void setLinks(String links) {
        this.links = links;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files == null ? new ArrayList<>() : files;
    }
}

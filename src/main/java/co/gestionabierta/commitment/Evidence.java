package co.gestionabierta.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Evidence of a progress update: a link, or a file kept in the database with its checksum. Like the
 * update it belongs to, it is never changed.
 */
@Entity
@Immutable
@Table(name = "commitment_evidence")
public class Evidence {

    /** A link to a page elsewhere or a file uploaded here. */
    public enum Kind { LINK, FILE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "update_id", nullable = false)
    private CommitmentUpdate update;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(length = 2000)
    private String url;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "content_type", length = 100)
    private String contentType;

    @Column(name = "file_size")
    private Long fileSize;

    @Column(length = 64, columnDefinition = "char(64)")
    private String sha256;

    @Column(columnDefinition = "longblob")
    private byte[] content;

    protected Evidence() {
    }

    public static Evidence link(CommitmentUpdate update, String url) {
        Evidence evidence = new Evidence();
        evidence.update = update;
        evidence.kind = Kind.LINK;
        evidence.url = url;
        return evidence;
    }

    static Evidence file(CommitmentUpdate update, EvidenceFiles.Checked file) {
        Evidence evidence = new Evidence();
        evidence.update = update;
        evidence.kind = Kind.FILE;
        evidence.fileName = file.name();
        evidence.contentType = file.type().mediaType();
        evidence.fileSize = (long) file.content().length;
        evidence.sha256 = file.sha256();
        evidence.content = file.content();
        return evidence;
    }

    public Long getId() {
        return id;
    }

    public CommitmentUpdate getUpdate() {
        return update;
    }

    public Kind getKind() {
        return kind;
    }

    public String getUrl() {
        return url;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public Long getFileSize() {
        return fileSize;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content == null ? null : content.clone();
    }
}

package co.gestionabierta.catalog;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The PDF of a management report, kept apart from the report so that lists never read it. */
@Entity
@Table(name = "report_document")
public class ReportDocument {

    @Id
    @Column(name = "report_id")
    private Long reportId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "longblob")
    private byte[] content;

    protected ReportDocument() {
    }

    public ReportDocument(long reportId, byte[] content) {
        this.reportId = reportId;
        this.content = content.clone();
    }

    public void replace(byte[] newContent) {
        this.content = newContent.clone();
    }

    public byte[] getContent() {
        return content.clone();
    }
}

package co.gestionabierta.question;

import co.gestionabierta.account.UserAccount;
import co.gestionabierta.catalog.Department;
import co.gestionabierta.session.AccountabilitySession;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Optional;

/** A pregunta ciudadana for a session, addressed to one department. */
@Entity
@Table(name = "question")
public class Question {

    /** Maximum length of a question, in characters. */
    public static final int MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    private AccountabilitySession session;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private UserAccount author;

    @NotBlank
    @Size(max = MAX_LENGTH)
    @Column(name = "body", nullable = false, columnDefinition = "text")
    private String text;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private QuestionStatus status;

    /** True for the constructed questions of the demo data, which the screens mark as examples. */
    @Column(nullable = false)
    private boolean example;

    @NotNull
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @OneToOne(mappedBy = "question", fetch = FetchType.LAZY)
    private Response response;

    @Version
    private long version;

    protected Question() {
    }

    public Question(AccountabilitySession session, Department department, UserAccount author, String text,
                    QuestionStatus status, boolean example, Instant submittedAt) {
        this.session = session;
        this.department = department;
        this.author = author;
        this.text = text;
        this.status = status;
        this.example = example;
        this.submittedAt = submittedAt;
    }

    public Long getId() {
        return id;
    }

    public AccountabilitySession getSession() {
        return session;
    }

    public Department getDepartment() {
        return department;
    }

    public UserAccount getAuthor() {
        return author;
    }

    public String getText() {
        return text;
    }

    public QuestionStatus getStatus() {
        return status;
    }

    public boolean isExample() {
        return example;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Optional<Response> getResponse() {
        return Optional.ofNullable(response);
    }

    /** Returns the published response, the only one the public may read, or null. */
    public Response getPublishedResponse() {
        return response != null && response.isPublished() ? response : null;
    }
}

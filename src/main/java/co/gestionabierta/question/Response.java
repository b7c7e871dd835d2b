package co.gestionabierta.question;

import co.gestionabierta.account.UserAccount;
import co.gestionabierta.catalog.Department;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;

/** The official answer of the addressed department to one question. */
@Entity
@Table(name = "response")
public class Response {

    /** Given during the session, or in writing afterwards. */
    public enum Kind { LIVE, WRITTEN }

    /** A draft is visible only inside its department until it is published. */
    public enum Status { DRAFT, PUBLISHED }

    /** The author's opinion of the answer. */
    public enum Rating { SATISFACTORY, UNSATISFACTORY }

    public static final int MAX_LENGTH = 10000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false, unique = true)
    private Question question;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private UserAccount author;

    @NotBlank
    @Column(name = "body", nullable = false, columnDefinition = "text")
    private String text;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "answered_at")
    private Instant answeredAt;

    /** Published after the question's due date. */
    @Column(nullable = false)
    private boolean late;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20)
    private Rating rating;

    @Column(name = "rated_at")
    private Instant ratedAt;

    @Version
    private long version;

    protected Response() {
    }

    public Response(Question question, UserAccount author, String text, Kind kind) {
        this.question = question;
        this.department = question.getDepartment();
        this.author = author;
        this.text = text;
        this.kind = kind;
        this.status = Status.DRAFT;
    }

    public void publish(Instant when) {
        this.status = Status.PUBLISHED;
        this.answeredAt = when;
    }

    /** Publishes the answer, late when the day it is given in the entity's calendar is after the due date. */
    public void publish(Instant when, LocalDate today, LocalDate dueOn) {
        publish(when);
        this.late = dueOn != null && today.isAfter(dueOn);
    }

    /** Records the author's rating; they may change it. */
    public void rate(Rating newRating, Instant now) {
        this.rating = newRating;
        this.ratedAt = now;
    }

    public boolean isLate() {
        return late;
    }

    public Rating getRating() {
        return rating;
    }

    public Long getId() {
        return id;
    }

    public Question getQuestion() {
        return question;
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

    public Kind getKind() {
        return kind;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}

package co.gestionabierta.evaluation;

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
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.Arrays;
import java.util.List;

/** One question of a session's evaluation survey, as the moderator wrote it. */
@Entity
@Table(name = "survey_question")
public class SurveyQuestion {

    /** How a citizen answers. */
    public enum Kind {
        /** From 1 (very poor) to 5 (very good). */
        SCALE,
        /** One of the listed options. */
        CHOICE,
        /** Free text, seen by moderators only. */
        TEXT
    }

    public static final int MIN_PROMPT_LENGTH = 5;
    public static final int MAX_PROMPT_LENGTH = 300;
    public static final int MAX_OPTION_LENGTH = 200;
    public static final int MAX_OPTIONS = 10;
    public static final int MAX_TEXT_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    private AccountabilitySession session;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(nullable = false, length = MAX_PROMPT_LENGTH)
    private String prompt;

    /** The options of a choice question, one per line. */
    @Column(columnDefinition = "text")
    private String options;

    @Column(nullable = false)
    private boolean required;

    protected SurveyQuestion() {
    }

    public SurveyQuestion(AccountabilitySession session, int position, Kind kind, String prompt, List<String> options,
                   boolean required) {
        this.session = session;
        this.position = position;
        this.kind = kind;
        this.prompt = prompt;
        this.options = kind == Kind.CHOICE ? String.join("\n", options) : null;
        this.required = required;
    }

    void moveTo(int newPosition) {
        position = newPosition;
    }

    public Long getId() {
        return id;
    }

    public AccountabilitySession getSession() {
        return session;
    }

    public int getPosition() {
        return position;
    }

    public Kind getKind() {
        return kind;
    }

    public String getPrompt() {
        return prompt;
    }

    public List<String> getOptionList() {
        return options == null ? List.of() : Arrays.asList(options.split("\n"));
    }

    /** The options on one line, for lists. */
    public String getOptionsText() {
        return String.join(" · ", getOptionList());
    }

    public boolean isRequired() {
        return required;
    }
}

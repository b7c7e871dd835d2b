package co.gestionabierta.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** The answer to one survey question within a citizen's response. */
@Entity
@Table(name = "survey_answer")
@IdClass(SurveyAnswer.Key.class)
public class SurveyAnswer {

    /** The primary key: the response and the question. */
    public static class Key implements Serializable {
        private Long response;
        private Long question;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(response, key.response) && Objects.equals(question, key.question);
        }

        @Override
        public int hashCode() {
            return Objects.hash(response, question);
        }
    }

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "response_id", nullable = false)
    private SurveyResponse response;

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false)
    private SurveyQuestion question;

    @Column(name = "scale_value", columnDefinition = "tinyint")
    private Integer scaleValue;

    @Column(length = SurveyQuestion.MAX_OPTION_LENGTH)
    private String choice;

    @Column(name = "text_value", columnDefinition = "text")
    private String textValue;

    protected SurveyAnswer() {
    }

    SurveyAnswer(SurveyResponse response, SurveyQuestion question, Integer scaleValue, String choice, String textValue) {
        this.response = response;
        this.question = question;
        this.scaleValue = scaleValue;
        this.choice = choice;
        this.textValue = textValue;
    }

    public Integer getScaleValue() {
        return scaleValue;
    }

    public String getChoice() {
        return choice;
    }

    public String getTextValue() {
        return textValue;
    }
}

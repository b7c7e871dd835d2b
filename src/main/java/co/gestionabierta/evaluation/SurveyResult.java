package co.gestionabierta.evaluation;

import java.util.List;

/**
 * The figures of one survey question: how many answered it, the count per scale value or option, and for a
 * scale question the average. Free-text answers are counted only; their text stays with the moderators.
 *
 * @param questionId the survey question
 * @param kind       how it was answered
 * @param prompt     the question as asked
 * @param answers    how many citizens answered it
 * @param average    the average of a scale question with answers, otherwise null
 * @param counts     per scale value (1 to 5) or per option, in order; empty for free text
 */
public record SurveyResult(long questionId, SurveyQuestion.Kind kind, String prompt, long answers, Double average,
                           List<Count> counts) {

    /** The number of answers with one value. */
    public record Count(String value, long answers) {
    }

    public SurveyResult {
        counts = List.copyOf(counts);
    }
}

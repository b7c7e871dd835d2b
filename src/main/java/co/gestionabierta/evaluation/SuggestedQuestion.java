package co.gestionabierta.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** A question the product suggests for every session's evaluation survey. */
public record SuggestedQuestion(SurveyQuestion.Kind kind, String prompt, List<String> options) {

    /**
     * Returns the suggested questions: overall rating, clarity, how the citizen heard of the session, and
     * what to improve. They are written in Spanish, the citizens' language, whatever the moderator reads.
     */
    public static List<SuggestedQuestion> all() {
        ResourceBundle spanish = ResourceBundle.getBundle("messages", Locale.forLanguageTag("es-CO"));
        return List.of(
                new SuggestedQuestion(SurveyQuestion.Kind.SCALE, spanish.getString("survey.suggested.overall"), List.of()),
                new SuggestedQuestion(SurveyQuestion.Kind.SCALE, spanish.getString("survey.suggested.clarity"), List.of()),
                new SuggestedQuestion(SurveyQuestion.Kind.CHOICE, spanish.getString("survey.suggested.channel"),
                        List.of(spanish.getString("survey.suggested.channel.options").split("\\|"))),
                new SuggestedQuestion(SurveyQuestion.Kind.TEXT, spanish.getString("survey.suggested.comments"), List.of()));
    }
}

package co.gestionabierta.evaluation.web;

import co.gestionabierta.evaluation.SurveyQuestion;
import co.gestionabierta.evaluation.SurveyResult;
import co.gestionabierta.web.Chart;
import co.gestionabierta.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;

/** Turns survey figures into charts for the session page, the moderator's page and the report page. */
@Named
@ApplicationScoped
public class SurveyCharts {

    /** One question's figures and, for scale and choice questions, its chart. */
    public record Item(SurveyResult result, Chart chart) {
    }

    public List<Item> of(List<SurveyResult> results) {
        List<Item> items = new ArrayList<>();
        for (SurveyResult result : results) {
            Chart chart = null;
            if (result.kind() != SurveyQuestion.Kind.TEXT) {
                List<Chart.Bar> bars = result.counts().stream().map(count -> new Chart.Bar(
                        result.kind() == SurveyQuestion.Kind.SCALE
                                ? count.value() + " · " + Messages.text("survey.scale." + count.value()) : count.value(),
                        count.answers(), String.valueOf(count.answers()))).toList();
                chart = new Chart("survey-" + result.questionId(), result.prompt(), Messages.text("survey.answer"),
                        Messages.text("survey.answers"), bars, null);
            }
            items.add(new Item(result, chart));
        }
        return items;
    }
}

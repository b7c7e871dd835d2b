package co.gestionabierta.statistics.web;

import co.gestionabierta.catalog.DevelopmentPlanLine;
import co.gestionabierta.commitment.CommitmentStatus;
import co.gestionabierta.opendata.Table;
import co.gestionabierta.statistics.Statistics;
import co.gestionabierta.web.Chart;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Builds the charts of the statistics page in the reader's language, and the CSV file of each. The page and
 * its downloads read the same figures, so a table, a chart and its file always agree.
 */
@ApplicationScoped
public class StatisticsCharts {

    /** The chart ids, which are also the names of their CSV files, in the page's order. */
    public static final List<String> IDS = List.of("questions-by-session", "questions-by-department", "answered-on-time",
            "days-to-answer", "commitments-by-status", "commitments-by-department", "plan-progress");

    /** Sessions in the chart; the table and the CSV list them all. */
    static final int SESSIONS_IN_CHART = 12;

    @EJB
    private Statistics statistics;

    public List<Chart> all(Locale locale, String contextPath) {
        return IDS.stream().map(id -> chart(id, locale, contextPath, true)).toList();
    }

    /** Returns one chart with every row, for its CSV file. */
    public Optional<Chart> full(String id, Locale locale) {
        return IDS.contains(id) ? Optional.of(chart(id, locale, "", false)) : Optional.empty();
    }

    /**
     * Writes a chart's rows as CSV with the product's usual format: UTF-8 with BOM, semicolons. Figures are
     * plain numbers with the reader's decimal separator, so a spreadsheet can add them up; a percentage
     * says so in its header.
     */
    public static byte[] csv(Chart chart) {
        List<String> keys = new ArrayList<>(List.of("label", "value"));
        List<String> headers = new ArrayList<>(List.of(chart.labelHeader(), chart.fullScale() == 100
                ? chart.valueHeader() + " (%)" : chart.valueHeader()));
        for (int i = 0; i < chart.detailHeaders().size(); i++) {
            keys.add("detail" + i);
            headers.add(chart.detailHeaders().get(i));
        }
        Table table = new Table(keys, headers);
        for (Chart.Bar bar : chart.bars()) {
            List<String> row = new ArrayList<>(List.of(bar.label(), bar.number()));
            row.addAll(bar.details());
            table.add(row);
        }
        return table.toCsv();
    }

    private Chart chart(String id, Locale locale, String contextPath, boolean forPage) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
        NumberFormat decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMaximumFractionDigits(1);
        decimal.setMinimumFractionDigits(1);
        String csv = contextPath + "/statistics/" + id + ".csv" + ("en".equals(locale.getLanguage()) ? "?lang=en" : "");
        List<Chart.Bar> bars = new ArrayList<>();
        String label = bundle.getString("statistics.department");
        String value;
        List<String> details = List.of();
        switch (id) {
            case "questions-by-session" -> {
                DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
                List<Statistics.SessionFigure> sessions = statistics.questionsPerSession();
                for (Statistics.SessionFigure figure : forPage ? sessions.stream().limit(SESSIONS_IN_CHART).toList() : sessions) {
                    bars.add(new Chart.Bar(figure.title() + " (" + dates.format(figure.heldOn()) + ")", figure.questions(),
                            String.valueOf(figure.questions())));
                }
                label = bundle.getString("statistics.session");
                value = bundle.getString("statistics.questions");
            }
            case "questions-by-department" -> {
                for (Statistics.AnswerFigure figure : statistics.answersPerDepartment()) {
                    bars.add(new Chart.Bar(figure.department(), figure.questions(), String.valueOf(figure.questions())));
                }
                value = bundle.getString("statistics.questions");
            }
            case "answered-on-time" -> {
                for (Statistics.AnswerFigure figure : statistics.answersPerDepartment()) {
                    double share = figure.questions() == 0 ? 0 : figure.onTime() * 100.0 / figure.questions();
                    bars.add(new Chart.Bar(figure.department(), share, decimal.format(share) + " %", decimal.format(share),
                            List.of(String.valueOf(figure.questions()))));
                }
                value = bundle.getString("statistics.onTimeShare");
                details = List.of(bundle.getString("statistics.basis"));
            }
            case "days-to-answer" -> {
                for (Statistics.AnswerFigure figure : statistics.answersPerDepartment()) {
                    if (figure.averageDays() != null) {
                        bars.add(new Chart.Bar(figure.department(), figure.averageDays(), decimal.format(figure.averageDays())));
                    }
                }
                value = bundle.getString("statistics.averageDays");
            }
            case "commitments-by-status" -> {
                Map<String, Long> byStatus = statistics.commitmentsByStatus();
                for (CommitmentStatus status : CommitmentStatus.values()) {
                    long count = byStatus.getOrDefault(status.name(), 0L);
                    bars.add(new Chart.Bar(bundle.getString("commitment.status." + status), count, String.valueOf(count)));
                }
                label = bundle.getString("commitment.statusLabel");
                value = bundle.getString("statistics.commitments");
            }
            case "commitments-by-department" -> {
                for (Map.Entry<String, Map<String, Long>> entry : statistics.commitmentsByDepartment().entrySet()) {
                    long total = entry.getValue().values().stream().mapToLong(Long::longValue).sum();
                    long completed = entry.getValue().getOrDefault(CommitmentStatus.COMPLETED.name(), 0L);
                    bars.add(new Chart.Bar(entry.getKey(), total, String.valueOf(total), String.valueOf(total),
                            List.of(String.valueOf(completed))));
                }
                value = bundle.getString("statistics.commitments");
                details = List.of(bundle.getString("statistics.completed"));
            }
            default -> {
                for (DevelopmentPlanLine line : statistics.planLines()) {
                    double progress = line.getProgressPercent().doubleValue();
                    bars.add(new Chart.Bar(line.getName(), progress, decimal.format(progress) + " %", decimal.format(progress),
                            List.of()));
                }
                label = bundle.getString("statistics.planLine");
                value = bundle.getString("statistics.progress");
            }
        }
        boolean percent = id.equals("answered-on-time") || id.equals("plan-progress");
        return new Chart(id, bundle.getString("statistics.chart." + id), label, value, bars, csv, percent ? 100 : 0, details);
    }
}

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

    /** The inputs of one chart: its id, the reader's texts and number format, and its CSV file's address. */
    private record Context(String id, ResourceBundle bundle, NumberFormat decimal, Locale locale, String csv,
                           boolean forPage) {

        String text(String key) {
            return bundle.getString(key);
        }

        /** Returns the chart with its title; label and value are message keys of the column headers. */
        Chart chart(String label, String value, List<Chart.Bar> bars, int fullScale, List<String> details) {
            return new Chart(id, text("statistics.chart." + id), text(label), text(value), bars, csv, fullScale,
                    details.stream().map(this::text).toList());
        }
    }

    private Chart chart(String id, Locale locale, String contextPath, boolean forPage) {
        NumberFormat decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMaximumFractionDigits(1);
        decimal.setMinimumFractionDigits(1);
        String csv = contextPath + "/statistics/" + id + ".csv" + ("en".equals(locale.getLanguage()) ? "?lang=en" : "");
        Context context = new Context(id, ResourceBundle.getBundle("messages", locale), decimal, locale, csv, forPage);
        return switch (id) {
            case "questions-by-session" -> questionsBySession(context);
            case "questions-by-department" -> questionsByDepartment(context);
            case "answered-on-time" -> answeredOnTime(context);
            case "days-to-answer" -> daysToAnswer(context);
            case "commitments-by-status" -> commitmentsByStatus(context);
            case "commitments-by-department" -> commitmentsByDepartment(context);
            default -> planProgress(context);
        };
    }

    private Chart questionsBySession(Context context) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(context.locale());
        List<Statistics.SessionFigure> sessions = statistics.questionsPerSession();
        List<Chart.Bar> bars = new ArrayList<>();
        for (Statistics.SessionFigure figure : context.forPage() ? sessions.stream().limit(SESSIONS_IN_CHART).toList() : sessions) {
            bars.add(new Chart.Bar(figure.title() + " (" + dates.format(figure.heldOn()) + ")", figure.questions(),
                    String.valueOf(figure.questions())));
        }
        return context.chart("statistics.session", "statistics.questions", bars, 0, List.of());
    }

    private Chart questionsByDepartment(Context context) {
        List<Chart.Bar> bars = new ArrayList<>();
        for (Statistics.AnswerFigure figure : statistics.answersPerDepartment()) {
            bars.add(new Chart.Bar(figure.department(), figure.questions(), String.valueOf(figure.questions())));
        }
        return context.chart("statistics.department", "statistics.questions", bars, 0, List.of());
    }

    private Chart answeredOnTime(Context context) {
        List<Chart.Bar> bars = new ArrayList<>();
        for (Statistics.AnswerFigure figure : statistics.answersPerDepartment()) {
            double share = figure.questions() == 0 ? 0 : figure.onTime() * 100.0 / figure.questions();
            String formatted = context.decimal().format(share);
            bars.add(new Chart.Bar(figure.department(), share, formatted + " %", formatted,
                    List.of(String.valueOf(figure.questions()))));
        }
        return context.chart("statistics.department", "statistics.onTimeShare", bars, 100, List.of("statistics.basis"));
    }

    private Chart daysToAnswer(Context context) {
        List<Chart.Bar> bars = new ArrayList<>();
        for (Statistics.AnswerFigure figure : statistics.answersPerDepartment()) {
            if (figure.averageDays() != null) {
                bars.add(new Chart.Bar(figure.department(), figure.averageDays(), context.decimal().format(figure.averageDays())));
            }
        }
        return context.chart("statistics.department", "statistics.averageDays", bars, 0, List.of());
    }

    private Chart commitmentsByStatus(Context context) {
        Map<String, Long> byStatus = statistics.commitmentsByStatus();
        List<Chart.Bar> bars = new ArrayList<>();
        for (CommitmentStatus status : CommitmentStatus.values()) {
            long count = byStatus.getOrDefault(status.name(), 0L);
            bars.add(new Chart.Bar(context.text("commitment.status." + status), count, String.valueOf(count)));
        }
        return context.chart("commitment.statusLabel", "statistics.commitments", bars, 0, List.of());
    }

    private Chart commitmentsByDepartment(Context context) {
        List<Chart.Bar> bars = new ArrayList<>();
        for (Map.Entry<String, Map<String, Long>> entry : statistics.commitmentsByDepartment().entrySet()) {
            long total = entry.getValue().values().stream().mapToLong(Long::longValue).sum();
            long completed = entry.getValue().getOrDefault(CommitmentStatus.COMPLETED.name(), 0L);
            bars.add(new Chart.Bar(entry.getKey(), total, String.valueOf(total), String.valueOf(total),
                    List.of(String.valueOf(completed))));
        }
        return context.chart("statistics.department", "statistics.commitments", bars, 0, List.of("statistics.completed"));
    }

    private Chart planProgress(Context context) {
        List<Chart.Bar> bars = new ArrayList<>();
        for (DevelopmentPlanLine line : statistics.planLines()) {
            double progress = line.getProgressPercent().doubleValue();
            String formatted = context.decimal().format(progress);
            bars.add(new Chart.Bar(line.getName(), progress, formatted + " %", formatted, List.of()));
        }
        return context.chart("statistics.planLine", "statistics.progress", bars, 100, List.of());
    }
}

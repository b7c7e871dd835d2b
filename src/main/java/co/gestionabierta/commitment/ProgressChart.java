package co.gestionabierta.commitment;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Draws the progress of a commitment over time as an SVG step chart: progress stays level from one update to
 * the next. It needs no script, prints, and carries a text description for screen readers. The timeline
 * next to it shows the same figures as text.
 */
public final class ProgressChart {

    /** One point of the chart: the time of an update and the progress it set. */
    public record Point(Instant at, int progressPercent) {
    }

    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    static final int LEFT = 48;
    static final int RIGHT = 16;
    static final int TOP = 16;
    static final int BOTTOM = 40;

    private ProgressChart() {
    }

    /** Returns the SVG element, or an empty text when there are no points. */
    public static String svg(List<Point> points, ZoneId zone, Locale locale) {
        if (points.isEmpty()) {
            return "";
        }
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(zone);
        Instant first = points.get(0).at();
        Instant last = points.get(points.size() - 1).at();
        long span = Math.max(1, last.getEpochSecond() - first.getEpochSecond());
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"progress-chart\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\">");
        svg.append("<title id=\"chart-title\">").append(escape(bundle.getString("commitment.chart.title"))).append("</title>");
        svg.append("<desc id=\"chart-desc\">").append(escape(java.text.MessageFormat.format(
                bundle.getString("commitment.chart.desc"), points.get(0).progressPercent(), dates.format(first),
                points.get(points.size() - 1).progressPercent(), dates.format(last), points.size()))).append("</desc>");
        for (int percent = 0; percent <= 100; percent += 25) {
            int y = y(percent, plotHeight);
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" y1=\"").append(y).append("\" x2=\"")
                    .append(WIDTH - RIGHT).append("\" y2=\"").append(y).append("\"/>");
            svg.append("<text class=\"axis\" x=\"").append(LEFT - 6).append("\" y=\"").append(y + 4)
                    .append("\" text-anchor=\"end\">").append(percent).append(" %</text>");
        }
        StringBuilder path = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        int previousY = -1;
        for (Point point : points) {
            int x = LEFT + (int) Math.round((double) (point.at().getEpochSecond() - first.getEpochSecond()) / span * plotWidth);
            int y = y(point.progressPercent(), plotHeight);
            if (previousY < 0) {
                path.append('M').append(x).append(' ').append(y);
            } else {
                path.append(" H").append(x).append(" V").append(y);
            }
            previousY = y;
            dots.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"4\"><title>")
                    .append(escape(dates.format(point.at()) + ": " + point.progressPercent() + " %"))
                    .append("</title></circle>");
        }
        svg.append("<path class=\"line\" d=\"").append(path).append("\"/>").append(dots);
        svg.append("<text class=\"axis\" x=\"").append(LEFT).append("\" y=\"").append(HEIGHT - 12).append("\">")
                .append(escape(dates.format(first))).append("</text>");
        if (points.size() > 1) {
            svg.append("<text class=\"axis\" x=\"").append(WIDTH - RIGHT).append("\" y=\"").append(HEIGHT - 12)
                    .append("\" text-anchor=\"end\">").append(escape(dates.format(last))).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static int y(int percent, int plotHeight) {
        return TOP + (int) Math.round((100 - percent) / 100.0 * plotHeight);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package co.gestionabierta.web;

import java.util.List;

/**
 * A horizontal bar chart drawn with HTML and CSS, with the same figures as a table for screen readers and
 * a CSV download. Bars stay readable on a phone and at any zoom, since they are text and boxes, not an
 * image.
 *
 * @param id          the element id, also the name of the CSV download
 * @param title       the caption
 * @param labelHeader the header of the label column in the table and the CSV
 * @param valueHeader the header of the value column
 * @param bars        the bars in display order
 * @param csvHref     where the figures download as CSV, or null
 * @param fullScale   the value of a full-length bar, such as 100 for percentages; 0 for the largest value
 */
public record Chart(String id, String title, String labelHeader, String valueHeader, List<Bar> bars, String csvHref,
                    double fullScale) {

    /**
     * One bar.
     *
     * @param label the category
     * @param value the figure the bar's length shows
     * @param shown the figure as the reader sees it, such as "75 %" or "12"
     */
    public record Bar(String label, double value, String shown) {
    }

    public Chart {
        bars = List.copyOf(bars);
    }

    /** A chart whose longest bar is the largest value. */
    public Chart(String id, String title, String labelHeader, String valueHeader, List<Bar> bars, String csvHref) {
        this(id, title, labelHeader, valueHeader, bars, csvHref, 0);
    }

    /** Returns the bar's length as a share of the full scale, from 0 to 100. */
    public long width(Bar bar) {
        double max = fullScale > 0 ? fullScale : bars.stream().mapToDouble(Bar::value).max().orElse(0);
        return max <= 0 ? 0 : Math.min(100, Math.round(bar.value() / max * 100));
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }
}

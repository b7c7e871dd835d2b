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
 * @param fullScale     the value of a full-length bar, such as 100 for percentages; 0 for the largest value
 * @param detailHeaders the headers of further columns that the table and the CSV show after the value
 */
public record Chart(String id, String title, String labelHeader, String valueHeader, List<Bar> bars, String csvHref,
                    double fullScale, List<String> detailHeaders) {

    /**
     * One bar.
     *
     * @param label   the category
     * @param value   the figure the bar's length shows
     * @param shown   the figure as the reader sees it, such as "75,0 %" or "12"
     * @param number  the figure as a spreadsheet reads it, without a unit, such as "75,0"
     * @param details the values of the chart's further columns, such as the count a share is based on
     */
    public record Bar(String label, double value, String shown, String number, List<String> details) {

        public Bar {
            details = List.copyOf(details);
        }

        /** A bar whose figure needs no unit and has no further columns. */
        public Bar(String label, double value, String shown) {
            this(label, value, shown, shown, List.of());
        }
    }

    public Chart {
        bars = List.copyOf(bars);
        detailHeaders = List.copyOf(detailHeaders);
    }

    /** A chart whose longest bar is the largest value, with no further columns. */
    public Chart(String id, String title, String labelHeader, String valueHeader, List<Bar> bars, String csvHref) {
        this(id, title, labelHeader, valueHeader, bars, csvHref, 0, List.of());
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

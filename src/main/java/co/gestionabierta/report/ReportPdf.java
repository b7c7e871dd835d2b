package co.gestionabierta.report;

import co.gestionabierta.evaluation.SurveyQuestion;
import co.gestionabierta.evaluation.SurveyResult;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes a session report as an A4 PDF: the entity's name and the report's title on every page, "Página n
 * de m" at the foot, and the same sections as the page. Text is set in Liberation Sans, embedded, so
 * accents, ñ, ¿¡, curly quotes, dashes and the other characters word processors paste come out as typed.
 * A character the font lacks, such as an emoji, prints as a white square instead of vanishing.
 */
public final class ReportPdf {

    private static final BaseFont REGULAR = font("fonts/LiberationSans-Regular.ttf");
    private static final BaseFont BOLD = font("fonts/LiberationSans-Bold.ttf");
    private static final Color MUTED = new Color(0x4a, 0x4a, 0x4a);
    private static final Color LINE = new Color(0xc8, 0xc8, 0xc8);
    private static final Color SHADE = new Color(0xee, 0xf2, 0xf6);

    private final SessionReport report;
    private final ResourceBundle bundle;
    private final Locale locale;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter dateTimes;
    private PdfWriter writer;

    private ReportPdf(SessionReport report, Locale locale, ZoneId zone) {
        this.report = report;
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("messages", locale);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.dateTimes = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone);
    }

    /** Writes the report in the reader's language, with times in the entity's zone. */
    public static byte[] write(SessionReport report, Locale locale, ZoneId zone) {
        return new ReportPdf(report, locale, zone).write();
    }

    private byte[] write() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 78, 64);
        try {
            writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new HeaderAndFooter());
            document.addTitle(clean(text("report.title") + ": " + report.title()));
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
            document.addCreator("Gestión Abierta");
            if (report.entityName() != null) {
                document.addAuthor(clean(report.entityName()));
            }
            document.open();
            writeFacts(document);
            writeParticipation(document);
            writeAgenda(document);
            writeDocuments(document);
            writeQuestions(document);
            writeCommitments(document);
            writeEvaluation(document);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write the report of session " + report.sessionId(), e);
        }
        return out.toByteArray();
    }

    private void writeFacts(Document document) throws DocumentException {
        document.add(paragraph(report.title(), BOLD, 17, 0, 6));
        document.add(paragraph(text(report.frozen() ? "report.frozenOn" : "report.generatedOn",
                instant(report.generatedAt(), dateTimes)), REGULAR, 9, 0, 10, MUTED));
        PdfPTable facts = table(new float[] {1.2f, 3f});
        fact(facts, text("session.date"), day(report.heldOn(), dates)
                + (report.startsAt() == null ? "" : ", " + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale).format(report.startsAt()))
                + (report.dateUnconfirmed() ? " · " + text("session.dateNotConfirmed") : ""));
        fact(facts, text("session.place"), report.place() == null ? text("session.placeUnknown") : report.place());
        fact(facts, text("session.period"), text("session.kind." + report.kind()) + " " + report.year()
                + (report.quarter() == null ? "" : " · " + text("session.quarterPrefix") + report.quarter()));
        fact(facts, text("session.status"), text("session.status." + report.status()));
        fact(facts, text("session.presenters"), String.join(", ", report.presenters()));
        if (report.livestreamUrl() != null) {
            fact(facts, text("session.livestream"), report.livestreamUrl());
        }
        document.add(facts);
        if (report.summary() != null && !report.summary().isBlank()) {
            document.add(paragraph(report.summary(), REGULAR, 10, 8, 0));
        }
    }

    private void writeParticipation(Document document) throws DocumentException {
        heading(document, text("report.participation"));
        SessionReport.Participation participation = report.participation();
        PdfPTable figures = table(new float[] {3f, 1f});
        figure(figures, text("report.figure.received"), participation.questionsReceived());
        figure(figures, text("report.figure.published"), participation.questionsPublished());
        figure(figures, text("report.figure.citizensAsking"), participation.citizensAsking());
        figure(figures, text("report.figure.supports"), participation.supports());
        figure(figures, text("report.figure.followers"), participation.followers());
        figure(figures, text("report.figure.surveyResponses"), participation.surveyResponses());
        figure(figures, text("report.outcome.LIVE"), participation.answeredLive());
        figure(figures, text("report.outcome.ON_TIME"), participation.answeredOnTime());
        figure(figures, text("report.outcome.LATE"), participation.answeredLate());
        figure(figures, text("report.outcome.EXPLAINED"), participation.explained());
        figure(figures, text("report.outcome.PENDING"), participation.pending());
        document.add(figures);
    }

    private void writeAgenda(Document document) throws DocumentException {
        heading(document, text("session.agenda"));
        if (report.agenda().isEmpty()) {
            document.add(paragraph(text("session.agenda.none"), REGULAR, 10, 0, 0));
            return;
        }
        boolean timed = report.agenda().stream().anyMatch(line -> line.startsAt() != null);
        PdfPTable agenda = table(new float[] {0.8f, 4f, 2f});
        header(agenda, text(timed ? "report.agenda.time" : "report.agenda.number"), text("report.agenda.item"),
                text("report.agenda.department"));
        for (SessionReport.AgendaLine line : report.agenda()) {
            cell(agenda, line.startsAt() == null ? String.valueOf(line.position())
                    : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(line.startsAt()));
            cell(agenda, line.title() + (line.minutes() == null ? "" : " (" + line.minutes() + " min)"));
            cell(agenda, line.department() == null ? "—" : line.department());
        }
        document.add(agenda);
    }

    private void writeDocuments(Document document) throws DocumentException {
        heading(document, text("session.reports"));
        if (report.reports().isEmpty()) {
            document.add(paragraph(text("session.reports.none"), REGULAR, 10, 0, 0));
        }
        for (SessionReport.DocumentLine line : report.reports()) {
            document.add(paragraph("• " + line.title() + " — " + line.department()
                    + (line.period() == null ? "" : " · " + line.period()), REGULAR, 10, 0, 2));
        }
        heading(document, text("session.datasets"));
        if (report.datasets().isEmpty()) {
            document.add(paragraph(text("session.datasets.none"), REGULAR, 10, 0, 0));
        }
        for (SessionReport.DatasetLine line : report.datasets()) {
            document.add(paragraph("• " + line.title() + (line.publisher() == null ? "" : " — " + line.publisher())
                    + (line.url() == null ? "" : " · " + line.url()), REGULAR, 10, 0, 2));
        }
    }

    private void writeQuestions(Document document) throws DocumentException {
        heading(document, text("report.questions"));
        if (report.questions().isEmpty()) {
            document.add(paragraph(text("session.questions.none"), REGULAR, 10, 0, 0));
        }
        int position = 0;
        for (SessionReport.QuestionLine line : report.questions()) {
            position++;
            PdfPTable block = table(new float[] {1f});
            block.setKeepTogether(line.text().length() + (line.response() == null ? 0 : line.response().length()) < 1500);
            PdfPCell head = new PdfPCell(new Phrase(clean(text("report.question.heading", position, line.department(),
                    instant(line.submittedAt(), dateTimes), line.supports())), new Font(BOLD, 9)));
            head.setBackgroundColor(SHADE);
            head.setBorderColor(LINE);
            head.setPadding(5);
            block.addCell(head);
            block.addCell(bodyCell(line.text(), REGULAR));
            StringBuilder outcome = new StringBuilder(text("report.outcome." + line.outcome()));
            if (line.answeredAt() != null) {
                outcome.append(" · ").append(dateTimes.format(line.answeredAt()));
            }
            if (line.dueOn() != null) {
                outcome.append(" · ").append(text("report.dueOn", dates.format(line.dueOn())));
            }
            block.addCell(bodyCell(outcome.toString(), BOLD));
            if (line.response() != null) {
                block.addCell(bodyCell(line.response(), REGULAR));
            } else if (line.unansweredReason() != null) {
                block.addCell(bodyCell(text("response.unanswered") + ": " + line.unansweredReason(), REGULAR));
            }
            block.setSpacingAfter(8);
            document.add(block);
        }
    }

    private void writeCommitments(Document document) throws DocumentException {
        heading(document, text("session.commitments"));
        if (report.commitments().isEmpty()) {
            document.add(paragraph(text("commitments.none"), REGULAR, 10, 0, 0));
            return;
        }
        PdfPTable commitments = table(new float[] {4f, 2f, 1.6f, 1.6f});
        header(commitments, text("report.commitment.title"), text("report.commitment.department"),
                text("commitment.due"), text("commitment.statusLabel"));
        for (SessionReport.CommitmentLine line : report.commitments()) {
            cell(commitments, line.title());
            cell(commitments, line.department());
            cell(commitments, day(line.dueOn(), dates));
            cell(commitments, text("commitment.status." + line.status()) + " · " + line.progressPercent() + "\u00A0%");
        }
        document.add(commitments);
    }

    private void writeEvaluation(Document document) throws DocumentException {
        heading(document, text("report.evaluation"));
        if (report.evaluation().isEmpty()) {
            document.add(paragraph(text("survey.results.none"), REGULAR, 10, 0, 0));
            return;
        }
        for (SurveyResult result : report.evaluation()) {
            String figures = text("survey.result.answers", result.answers())
                    + (result.average() == null ? "" : " · " + text("survey.result.average", result.average()));
            document.add(paragraph(result.prompt(), BOLD, 10, 6, 2));
            document.add(paragraph(figures, REGULAR, 9, 0, 3, MUTED));
            if (result.kind() == SurveyQuestion.Kind.TEXT) {
                document.add(paragraph(text("survey.result.textPrivate.sentence"), REGULAR, 9, 0, 2, MUTED));
                continue;
            }
            long max = result.counts().stream().mapToLong(SurveyResult.Count::answers).max().orElse(0);
            PdfPTable bars = table(new float[] {2.4f, 3f, 0.6f});
            for (SurveyResult.Count count : result.counts()) {
                cell(bars, result.kind() == SurveyQuestion.Kind.SCALE
                        ? count.value() + " · " + text("survey.scale." + count.value()) : count.value());
                bars.addCell(barCell(max == 0 ? 0 : (float) count.answers() / max));
                cell(bars, String.valueOf(count.answers()));
            }
            document.add(bars);
        }
    }

    private PdfPCell barCell(float share) {
        PdfPCell cell = new PdfPCell();
        cell.setBorderColor(LINE);
        cell.setPadding(4);
        cell.setCellEvent((c, position, canvases) -> {
            PdfContentByte canvas = canvases[PdfPTable.BACKGROUNDCANVAS];
            float width = (position.getWidth() - 8) * share;
            canvas.saveState();
            canvas.setColorFill(new Color(0x1f, 0x5f, 0x8b));
            canvas.rectangle(position.getLeft() + 4, position.getBottom() + 4, width, position.getHeight() - 8);
            canvas.fill();
            canvas.restoreState();
        });
        return cell;
    }

    /** Adds a section heading, on a new page when too little of this one is left for any of its content. */
    private void heading(Document document, String title) throws DocumentException {
        if (writer.getVerticalPosition(true) - document.bottom() < 110) {
            document.newPage();
        }
        document.add(paragraph(title, BOLD, 13, 14, 6));
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(0);
        return table;
    }

    private void fact(PdfPTable table, String name, String value) {
        PdfPCell label = new PdfPCell(new Phrase(clean(name), new Font(BOLD, 9)));
        label.setBorderColor(LINE);
        label.setPadding(4);
        table.addCell(label);
        cell(table, value);
    }

    private void figure(PdfPTable table, String name, long value) {
        cell(table, name);
        PdfPCell cell = new PdfPCell(new Phrase(String.valueOf(value), new Font(BOLD, 9)));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        cell.setBorderColor(LINE);
        cell.setPadding(4);
        table.addCell(cell);
    }

    private void header(PdfPTable table, String... names) {
        for (String name : names) {
            PdfPCell cell = new PdfPCell(new Phrase(clean(name), new Font(BOLD, 9)));
            cell.setBackgroundColor(SHADE);
            cell.setBorderColor(LINE);
            cell.setPadding(4);
            table.addCell(cell);
        }
        table.setHeaderRows(1);
    }

    private void cell(PdfPTable table, String value) {
        PdfPCell cell = new PdfPCell(new Phrase(clean(value), new Font(REGULAR, 9)));
        cell.setBorderColor(LINE);
        cell.setPadding(4);
        table.addCell(cell);
    }

    private PdfPCell bodyCell(String value, BaseFont font) {
        PdfPCell cell = new PdfPCell(new Phrase(clean(value), new Font(font, 9.5f)));
        cell.setBorderColor(LINE);
        cell.setPadding(5);
        return cell;
    }

    private static Paragraph paragraph(String value, BaseFont font, float size, float before, float after) {
        return paragraph(value, font, size, before, after, Color.BLACK);
    }

    private static Paragraph paragraph(String value, BaseFont font, float size, float before, float after, Color color) {
        Paragraph paragraph = new Paragraph(clean(value), new Font(font, size, Font.NORMAL, color));
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        paragraph.setLeading(size * 1.35f);
        return paragraph;
    }

    private String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /**
     * Prepares text for the page: line breaks from Windows become plain ones, tabs spaces, invisible
     * formatting characters (soft hyphens, zero-width spaces, byte-order marks) go, and a character the font
     * has no glyph for becomes a white square (U+25A1).
     */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(value.length());
        value.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ').codePoints().forEach(c -> {
            if (c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF || c == 0x2060) {
                return;
            }
            if (c == '\n' || REGULAR.charExists(c)) {
                text.appendCodePoint(c);
            } else if (!Character.isISOControl(c)) {
                text.append(REPLACEMENT);
            }
        });
        return text.toString();
    }

    /** A white square, which Liberation Sans draws, for a character it lacks. */
    static final String REPLACEMENT = "\u25A1";

    private static BaseFont font(String resource) {
        try (InputStream in = ReportPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource);
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entity and the report's title at the top of each page, "Página n de m" at the foot. */
    private final class HeaderAndFooter extends PdfPageEventHelper {

        private PdfTemplate total;

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            Rectangle page = document.getPageSize();
            String entity = report.entityName() == null ? "" : report.entityName();
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    new Phrase(clean(entity), new Font(BOLD, 10)), document.left(), page.getTop() - 40, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    new Phrase(clean(text("report.title") + " · " + report.title()), new Font(REGULAR, 8, Font.NORMAL, MUTED)),
                    document.left(), page.getTop() - 52, 0);
            canvas.saveState();
            canvas.setColorStroke(LINE);
            canvas.moveTo(document.left(), page.getTop() - 58);
            canvas.lineTo(document.right(), page.getTop() - 58);
            canvas.stroke();
            canvas.restoreState();

            String label = text("report.page", writer.getPageNumber()) + " ";
            Font footer = new Font(REGULAR, 8, Font.NORMAL, MUTED);
            float width = REGULAR.getWidthPoint(label, 8);
            float x = document.right() - width - 20;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(label, footer), x, 36, 0);
            canvas.addTemplate(total, x + width, 36);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(total, Element.ALIGN_LEFT, new Phrase(
                    String.valueOf(writer.getPageNumber() - 1), new Font(REGULAR, 8, Font.NORMAL, MUTED)), 0, 0, 0);
        }
    }

    private static String day(LocalDate day, DateTimeFormatter format) {
        return day == null ? "—" : format.format(day);
    }

    private static String instant(Instant at, DateTimeFormatter format) {
        return at == null ? "—" : format.format(at);
    }
}

package co.gestionabierta.statistics.web;

import co.gestionabierta.web.Chart;
import co.gestionabierta.web.FileDownloads;
import co.gestionabierta.web.LanguageSelector;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sends the figures of one statistics chart as CSV: {@code /statistics/<chart>.csv}, headers in Spanish or with {@code lang=en} in English. */
@WebServlet("/statistics/*")
public class StatisticsCsvServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/([a-z-]{1,40})\\.csv");

    @Inject
    private StatisticsCharts charts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher matcher = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Locale locale = "en".equals(request.getParameter("lang")) ? Locale.ENGLISH : LanguageSelector.DEFAULT;
        Optional<Chart> chart = matcher.matches() ? charts.full(matcher.group(1), locale) : Optional.empty();
        if (chart.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = StatisticsCharts.csv(chart.get());
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", FileDownloads.contentDisposition(matcher.group(1) + ".csv"));
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}

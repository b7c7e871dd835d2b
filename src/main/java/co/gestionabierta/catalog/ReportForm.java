package co.gestionabierta.catalog;

import java.util.List;

/** What a secretary fills in about a management report; blank optional fields arrive as null. */
public record ReportForm(String title, String period, String summary, Long sessionId, Long agendaItemId,
                         List<Long> datasetIds) {

    public static final int MAX_SUMMARY = 5000;

    public ReportForm {
        datasetIds = datasetIds == null ? List.of() : List.copyOf(datasetIds);
    }
}

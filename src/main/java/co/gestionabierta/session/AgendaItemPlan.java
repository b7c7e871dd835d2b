package co.gestionabierta.session;

import java.util.List;

/** What a moderator fills in for one agenda item. */
public record AgendaItemPlan(String title, Long departmentId, Integer minutes, List<Long> datasetIds) {

    public AgendaItemPlan {
        datasetIds = datasetIds == null ? List.of() : List.copyOf(datasetIds);
    }
}

package co.gestionabierta.statistics.web;

import co.gestionabierta.web.Chart;
import co.gestionabierta.web.LanguageSelector;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The public statistics page: every chart with its table and CSV download. */
@Named
@RequestScoped
public class StatisticsView {

    @Inject
    private StatisticsCharts charts;

    @Inject
    private LanguageSelector language;

    private List<Chart> all;

    public List<Chart> getCharts() {
        if (all == null) {
            all = charts.all(language.getLocale(), FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath());
        }
        return all;
    }
}

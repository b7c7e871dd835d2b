package co.gestionabierta.question.web;

import co.gestionabierta.question.QuestionRepository;
import co.gestionabierta.web.Site;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.List;

/** The public record of each department: questions received, answered on time or late, and overdue now. */
@Named
@RequestScoped
public class AccountabilityView {

    @Inject
    private QuestionRepository questions;

    @Inject
    private Site site;

    private List<QuestionRepository.DepartmentRecord> records;
    private LocalDate today;

    @PostConstruct
    void load() {
        today = LocalDate.now(site.getZone());
        records = questions.findDepartmentRecords(today);
    }

    public List<QuestionRepository.DepartmentRecord> getRecords() {
        return records;
    }

    public LocalDate getToday() {
        return today;
    }
}

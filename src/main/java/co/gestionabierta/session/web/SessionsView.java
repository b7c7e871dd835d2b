package co.gestionabierta.session.web;

import co.gestionabierta.catalog.CatalogRepository;
import co.gestionabierta.catalog.Department;
import co.gestionabierta.session.AccountabilitySession;
import co.gestionabierta.session.SessionFilter;
import co.gestionabierta.session.SessionRepository;
import co.gestionabierta.session.SessionStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Arrays;
import java.util.List;

/**
 * The public list of sessions, filtered by the year, quarter, department and status in the address
 * (GET parameters), so a filtered list can be bookmarked and shared. Unknown values are ignored.
 */
@Named
@RequestScoped
public class SessionsView {

    @Inject
    private SessionRepository sessions;

    @Inject
    private CatalogRepository catalog;

    private String year;
    private String quarter;
    private String department;
    private String status;
    private List<AccountabilitySession> found;

    public void load() {
        found = sessions.findPublic(new SessionFilter(number(year, 2000, 2100), number(quarter, 1, 4),
                department == null || !department.matches("[0-9]{1,18}") ? null : Long.valueOf(department),
                statusOf(status)));
    }

    private static Integer number(String value, int min, int max) {
        if (value == null || !value.matches("[0-9]{1,4}")) {
            return null;
        }
        int number = Integer.parseInt(value);
        return number < min || number > max ? null : number;
    }

    private static SessionStatus statusOf(String value) {
        return Arrays.stream(SessionStatus.values())
                .filter(s -> s.isPublic() && s.name().equals(value)).findFirst().orElse(null);
    }

    public List<AccountabilitySession> getSessions() {
        return found;
    }

    public List<Integer> getYears() {
        return sessions.findPublicYears();
    }

    public List<Department> getDepartments() {
        return catalog.findActiveDepartments();
    }

    public List<SessionStatus> getStatuses() {
        return Arrays.stream(SessionStatus.values()).filter(SessionStatus::isPublic).toList();
    }

    public boolean isFiltered() {
        return year != null || quarter != null || department != null || status != null;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getQuarter() {
        return quarter;
    }

    public void setQuarter(String quarter) {
        this.quarter = quarter;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}

package co.gestionabierta.catalog.web;

import co.gestionabierta.catalog.CatalogRepository;
import co.gestionabierta.catalog.Department;
import co.gestionabierta.catalog.ManagementReport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The public list of management reports, grouped by department, optionally of one department. */
@Named
@RequestScoped
public class ReportsView {

    @Inject
    private CatalogRepository catalog;

    private String department;
    private Map<Department, List<ManagementReport>> byDepartment;

    public void load() {
        Long departmentId = department != null && department.matches("[0-9]{1,18}") ? Long.valueOf(department) : null;
        byDepartment = catalog.findPublishedReports(departmentId).stream()
                .collect(Collectors.groupingBy(ManagementReport::getDepartment, LinkedHashMap::new, Collectors.toList()));
    }

    public List<Map.Entry<Department, List<ManagementReport>>> getGroups() {
        return List.copyOf(byDepartment.entrySet());
    }

    public List<Department> getDepartments() {
        return catalog.findActiveDepartments();
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }
}

package co.gestionabierta.catalog.web;

import co.gestionabierta.catalog.CatalogRepository;
import co.gestionabierta.catalog.Department;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The list of the entity's active departments. */
@Named
@RequestScoped
public class DepartmentsView {

    @Inject
    private CatalogRepository catalog;

    private List<Department> departments;

    @PostConstruct
    void load() {
        departments = catalog.findActiveDepartments();
    }

    public List<Department> getDepartments() {
        return departments;
    }
}

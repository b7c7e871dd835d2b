package co.gestionabierta.admin;

import co.gestionabierta.account.AccountException;
import co.gestionabierta.account.CurrentUser;
import co.gestionabierta.catalog.Administration;
import co.gestionabierta.catalog.Department;
import co.gestionabierta.catalog.DepartmentKind;
import co.gestionabierta.web.Messages;
import co.gestionabierta.web.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The administrators' department list, and the form that edits one (?id=) or creates one (no id). */
@Named
@RequestScoped
public class DepartmentsAdminView {

    @Inject
    private CurrentUser currentUser;

    @EJB
    private Administration administration;

    @PersistenceContext
    private EntityManager em;

    private String id;
    private Department department;
    private String code;
    private String name;
    private DepartmentKind kind;
    private boolean active = true;

    public List<Department> getAll() {
        return em.createQuery("select d from Department d order by d.name", Department.class).getResultList();
    }

    public void load() {
        department = id != null && id.matches("[0-9]{1,18}") ? em.find(Department.class, Long.valueOf(id)) : null;
        if (department != null && name == null) {
            code = department.getCode();
            name = department.getName();
            kind = department.getKind();
            active = department.isActive();
        }
    }

    public void save() {
        try {
            Department saved = administration.saveDepartment(currentUser.require(),
                    department == null ? null : department.getId(), code == null ? null : code.strip(),
                    name.strip(), kind, active);
            id = String.valueOf(saved.getId());
            Messages.info("admin.saved");
        } catch (NotFoundException e) {
            Messages.error("admin.department.notFound");
        } catch (AccountException e) {
            Messages.error(e.getMessageKey());
        }
    }

    public DepartmentKind[] getKinds() {
        return DepartmentKind.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Department getDepartment() {
        return department;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public DepartmentKind getKind() {
        return kind;
    }

    public void setKind(DepartmentKind kind) {
        this.kind = kind;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}

package co.gestionabierta.admin;

import co.gestionabierta.account.AccountException;
import co.gestionabierta.account.AccountRepository;
import co.gestionabierta.account.AccountStatus;
import co.gestionabierta.account.CurrentUser;
import co.gestionabierta.account.Role;
import co.gestionabierta.account.UserAccount;
import co.gestionabierta.catalog.Administration;
import co.gestionabierta.catalog.CatalogRepository;
import co.gestionabierta.catalog.Department;
import co.gestionabierta.web.Messages;
import co.gestionabierta.web.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The administrators' list of accounts, and the form that changes one account's role and status (?id=). */
@Named
@RequestScoped
public class UsersView {

    @Inject
    private CurrentUser currentUser;

    @EJB
    private AccountRepository accounts;

    @EJB
    private CatalogRepository catalog;

    @EJB
    private Administration administration;

    private String id;
    private UserAccount user;
    private Role role;
    private Long departmentId;
    private AccountStatus status;

    public List<UserAccount> getUsers() {
        return accounts.findAllForAdministration();
    }

    public void load() {
        user = id != null && id.matches("[0-9]{1,18}")
                ? accounts.findById(Long.parseLong(id)).filter(u -> u.getStatus() != AccountStatus.DELETED).orElse(null)
                : null;
        if (user != null && role == null) {
            role = user.getRole();
            departmentId = user.getDepartment() == null ? null : user.getDepartment().getId();
            status = user.getStatus();
        }
    }

    public void save() {
        if (user == null) {
            Messages.error("admin.user.notFound");
            return;
        }
        if (role == Role.SECRETARY && departmentId == null) {
            Messages.error("admin.user.secretaryNeedsDepartment");
            return;
        }
        try {
            administration.updateUser(currentUser.require(), user.getId(), role, departmentId, status);
            Messages.info("admin.saved");
        } catch (NotFoundException e) {
            Messages.error("admin.user.notFound");
        } catch (AccountException e) {
            Messages.error(e.getMessageKey());
        }
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public AccountStatus[] getStatuses() {
        return new AccountStatus[] {AccountStatus.ACTIVE, AccountStatus.PENDING, AccountStatus.DISABLED};
    }

    public List<Department> getDepartments() {
        return catalog.findActiveDepartments();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public UserAccount getUser() {
        return user;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public void setStatus(AccountStatus status) {
        this.status = status;
    }
}

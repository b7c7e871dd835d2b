package co.gestionabierta.catalog;

import co.gestionabierta.account.AccountStatus;
import co.gestionabierta.account.Role;
import co.gestionabierta.account.UserAccount;
import co.gestionabierta.audit.AuditLog;
import co.gestionabierta.audit.Changes;
import co.gestionabierta.account.AccountException;
import co.gestionabierta.web.AccessDeniedException;
import co.gestionabierta.web.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The administrators' use cases on users, departments and the entity's settings; each write is audited. */
@Stateless
public class Administration {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog audit;

    public void updateUser(UserAccount actor, long userId, Role role, Long departmentId, AccountStatus status) {
        requireAdministrator(actor);
        UserAccount user = em.find(UserAccount.class, userId);
        if (user == null || user.getStatus() == AccountStatus.DELETED) {
            throw new NotFoundException("UserAccount", userId);
        }
        if (user.getId().equals(actor.getId()) && (role != Role.ADMINISTRATOR || status != AccountStatus.ACTIVE)) {
            // Keeps at least the acting administrator able to administer.
            throw new AccountException("admin.user.cannotDemoteSelf");
        }
        Department department = departmentId == null ? null : em.find(Department.class, departmentId);
        Changes changes = new Changes()
                .field("role", user.getRole(), role)
                .field("department", code(user.getDepartment()), code(role == Role.SECRETARY ? department : null))
                .field("status", user.getStatus(), status);

        user.assignRole(role, department);
        user.setStatusByAdministrator(status);

        audit.record(actor, "USER_UPDATED", "UserAccount", userId, changes);
    }

    public Department saveDepartment(UserAccount actor, Long id, String code, String name, DepartmentKind kind,
                                     boolean active) {
        requireAdministrator(actor);
        if (id == null) {
            boolean codeTaken = !em.createQuery("select d.id from Department d where d.code = :code", Long.class)
                    .setParameter("code", code).getResultList().isEmpty();
            if (codeTaken) {
                throw new AccountException("admin.department.codeTaken");
            }
            Department created = new Department(code, name, kind);
            em.persist(created);
            audit.record(actor, "DEPARTMENT_CREATED", "Department", created.getId(),
                    new Changes().field("code", null, code).field("name", null, name).field("kind", null, kind));
            return created;
        }
        Department department = em.find(Department.class, id);
        if (department == null) {
            throw new NotFoundException("Department", id);
        }
        Changes changes = new Changes()
                .field("name", department.getName(), name)
                .field("kind", department.getKind(), kind)
                .field("active", department.isActive(), active);

        department.update(name, kind, active);

        audit.record(actor, "DEPARTMENT_UPDATED", "Department", id, changes);
        return department;
    }

    public void updateSettings(UserAccount actor, String name, String shortName, String website) {
        requireAdministrator(actor);
        EntitySettings settings = em.createQuery("select e from EntitySettings e order by e.id", EntitySettings.class)
                .setMaxResults(1).getResultStream().findFirst()
                .orElseGet(() -> {
                    EntitySettings created = new EntitySettings(name, shortName, EntitySettings.DEFAULT_ZONE, website);
                    em.persist(created);
                    return created;
                });
        Changes changes = new Changes()
                .field("name", settings.getName(), name)
                .field("shortName", settings.getShortName(), shortName)
                .field("website", settings.getWebsite(), website);

        settings.update(name, shortName, website);

        audit.record(actor, "SETTINGS_UPDATED", "EntitySettings", settings.getId(), changes);
    }

    private static void requireAdministrator(UserAccount actor) {
        if (actor == null || actor.getRole() != Role.ADMINISTRATOR || actor.getStatus() != AccountStatus.ACTIVE) {
            throw new AccessDeniedException("Only an active administrator may do this");
        }
    }

    private static String code(Department department) {
        return department == null ? null : department.getCode();
    }
}

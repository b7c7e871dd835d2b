package co.gestionabierta.catalog;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Reads the entity's settings, departments, reports and development-plan progress. */
@Stateless
public class CatalogRepository {

    @PersistenceContext
    private EntityManager em;

    public Optional<EntitySettings> findSettings() {
        return em.createQuery("select e from EntitySettings e order by e.id", EntitySettings.class)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    public List<Department> findActiveDepartments() {
        return em.createQuery("select d from Department d where d.active = true order by d.name", Department.class)
                .getResultList();
    }

    public List<ManagementReport> findReportsBySession(long sessionId) {
        return em.createQuery("select r from ManagementReport r join fetch r.department"
                        + " where r.session.id = :session order by r.department.name, r.id", ManagementReport.class)
                .setParameter("session", sessionId)
                .getResultList();
    }

    public List<DevelopmentPlanLine> findPlanLines() {
        return em.createQuery("select l from DevelopmentPlanLine l order by l.planPeriod desc, l.id",
                DevelopmentPlanLine.class).getResultList();
    }
}

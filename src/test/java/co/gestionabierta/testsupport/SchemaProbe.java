package co.gestionabierta.testsupport;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/** Test-only access to the persistence unit from inside the server. */
@Stateless
public class SchemaProbe {

    @PersistenceContext
    private EntityManager em;

    /** Validates every entity mapping against the migrated schema; throws on the first mismatch. */
    public void validateMappings() {
        em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getSchemaManager().validateMappedObjects();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }
}

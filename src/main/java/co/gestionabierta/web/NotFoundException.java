package co.gestionabierta.web;

import jakarta.ejb.ApplicationException;

/**
 * The requested object does not exist or the acting user may not see it. Both return 404, so the
 * ids of other departments' objects reveal nothing.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String objectType, Object id) {
        super(objectType + " " + id + " not found or not visible to the acting user");
    }
}

package co.gestionabierta.web;

import jakarta.ejb.ApplicationException;

/**
 * The acting user's role does not allow the use case, for example an administrator demoted while
 * signed in. The page shows the "access not allowed" page instead of the error page.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}

package co.gestionabierta.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import org.jboss.logging.Logger;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The error page's model: each unexpected error gets a short id that the page shows and the log
 * records once with the stack trace, so a citizen can quote it to support. The page shows no
 * exception text.
 */
@Named
@RequestScoped
public class ErrorPage {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private String errorId;

    @PostConstruct
    void recordError() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Object error = external.getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION);
        Object uri = external.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI);
        errorId = newId();
        if (error instanceof Throwable throwable) {
            LOG.errorf(throwable, "Unexpected error %s on %s", errorId, uri);
        } else {
            LOG.warnf("Error page %s shown for %s with status %s", errorId, uri,
                    external.getRequestMap().get(RequestDispatcher.ERROR_STATUS_CODE));
        }
    }

    public String getErrorId() {
        return errorId;
    }

    static String newId() {
        byte[] bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }
}

package co.gestionabierta.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** Facts about the current HTTP request that use cases need, such as the client's address for throttling. */
public final class Requests {

    private Requests() {
    }

    /** Returns the address the request came from, as the servlet container reports it. */
    public static String clientAddress() {
        Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return ((HttpServletRequest) request).getRemoteAddr();
    }

    /** Sends the 404 page for the current Faces request and ends its processing. */
    public static void sendNotFound() throws java.io.IOException {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(jakarta.servlet.http.HttpServletResponse.SC_NOT_FOUND, null);
        faces.responseComplete();
    }
}

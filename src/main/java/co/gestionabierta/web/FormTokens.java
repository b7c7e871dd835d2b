package co.gestionabierta.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The token that forms outside Faces (sign-out, support, follow) send back, so that another site cannot
 * post them in a reader's name. There is one per HTTP session.
 */
public final class FormTokens {

    static final String ATTRIBUTE = "ga.formToken";
    private static final SecureRandom RANDOM = new SecureRandom();

    private FormTokens() {
    }

    /** Returns the session's token, created on first use. */
    public static String of(HttpSession session) {
        Object token = session.getAttribute(ATTRIBUTE);
        if (token instanceof String existing) {
            return existing;
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String created = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(ATTRIBUTE, created);
        return created;
    }

    /** Returns whether the request carries its session's token. */
    public static boolean matches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(ATTRIBUTE);
        String sent = request.getParameter("token");
        return expected instanceof String token && sent != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}

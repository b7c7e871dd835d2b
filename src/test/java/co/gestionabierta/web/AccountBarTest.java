package co.gestionabierta.web;

import co.gestionabierta.account.AccountStatus;
import co.gestionabierta.account.Role;
import co.gestionabierta.account.UserAccount;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AccountBarTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es-CO");
    private final AccountBar bar = new AccountBar();

    /** Makes an HTTP session that only keeps attributes, which is all the account bar uses. */
    private static HttpSession session(Map<String, Object> attributes) {
        return (HttpSession) Proxy.newProxyInstance(HttpSession.class.getClassLoader(), new Class<?>[]{HttpSession.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "removeAttribute" -> attributes.remove((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Reader reader(String name, Role role, Map<String, Object> attributes, String contextPath) {
        Optional<UserAccount> account = name == null ? Optional.empty() : Optional.of(new UserAccount("persona@example.org",
                name, "hash", role, null, AccountStatus.ACTIVE, Instant.parse("2026-01-02T15:00:00Z")));
        return new Reader(account, name == null ? null : session(attributes), SPANISH, contextPath, "/index.xhtml");
    }

    @Test
    void anonymousReaderGetsSignInLinks() {
        Reader anonymous = reader(null, null, null, "");

        assertEquals("", bar.render("nav", "", anonymous));
        assertEquals("<a id=\"login-link\" href=\"/login.xhtml\">Ingresar</a> <a href=\"/register.xhtml\">Crear cuenta</a>",
                bar.render("box", "", anonymous));
        assertEquals("", bar.render("notices", "", anonymous));
    }

    @Test
    void nameAndTokenAreEscaped() {
        Map<String, Object> attributes = new HashMap<>(Map.of(FormTokens.ATTRIBUTE, "t0k3n\"<"));

        String box = bar.render("box", "", reader("Ana <b>\"Ñoño\"</b> & Cía 🌴", Role.CITIZEN, attributes, "/ga"));

        assertEquals("<a id=\"my-data-link\" href=\"/ga/account/my-data.xhtml\">Ana &lt;b&gt;&quot;Ñoño&quot;&lt;/b&gt; &amp; Cía 🌴</a> "
                + "<form id=\"logout\" class=\"inline-form\" method=\"post\" action=\"/ga/logout\">"
                + "<input type=\"hidden\" name=\"token\" value=\"t0k3n&quot;&lt;\"/>"
                + "<input type=\"submit\" id=\"logout:submit\" class=\"link-button\" value=\"Salir\"/></form>", box);
    }

    @Test
    void eachRoleGetsItsOwnLinks() {
        Map<String, Object> attributes = new HashMap<>();
        assertEquals("<li><a href=\"/account/questions.xhtml\">Mis preguntas</a></li>"
                + "<li><a href=\"/account/notifications.xhtml\">Mis avisos</a></li>",
                bar.render("nav", "", reader("Ana", Role.CITIZEN, attributes, "")));
        assertEquals("<li><a href=\"/moderator/sessions.xhtml\">Moderación</a></li>",
                bar.render("nav", "", reader("Mónica", Role.MODERATOR, attributes, "")));
        assertEquals("<li><a href=\"/admin/users.xhtml\">Administración</a></li>",
                bar.render("nav", "", reader("Adela", Role.ADMINISTRATOR, attributes, "")));
    }

    @Test
    void noticesAreShownOnceAndEscaped() {
        Map<String, Object> attributes = new HashMap<>();
        Reader citizen = reader("Ana", Role.CITIZEN, attributes, "");
        Notices.info(citizen.session(), "Su apoyo quedó registrado.");
        Notices.info(citizen.session(), "Su apoyo quedó registrado.");
        Notices.error(citizen.session(), "La pregunta <ya> no está disponible.");

        assertEquals("<ul id=\"notices\" class=\"messages\" role=\"status\"><li class=\"message-info\">Su apoyo quedó registrado.</li>"
                + "<li class=\"message-error\">La pregunta &lt;ya&gt; no está disponible.</li></ul>", bar.render("notices", "", citizen));
        assertEquals("", bar.render("notices", "", citizen));
    }
}

package co.gestionabierta.web;

import co.gestionabierta.account.Role;
import co.gestionabierta.account.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * The reader parts of every page's header and message area. "nav" is the links of the reader's role in
 * the main navigation. "box" is the account box: the sign-in links, or the reader's name and the
 * sign-out button. "notices" is the messages left by the reader's last action.
 */
@ApplicationScoped
public class AccountBar implements ReaderPart {

    @Override
    public Set<String> kinds() {
        return Set.of("nav", "box", "notices");
    }

    @Override
    public String render(String kind, String argument, Reader reader) {
        return switch (kind) {
            case "nav" -> navigation(reader);
            case "box" -> box(reader);
            default -> notices(reader);
        };
    }

    private static String navigation(Reader reader) {
        StringBuilder html = new StringBuilder();
        Role role = reader.account().map(UserAccount::getRole).orElse(null);
        if (role == Role.CITIZEN) {
            item(html, reader, "/account/questions.xhtml", "nav.myQuestions");
            item(html, reader, "/account/notifications.xhtml", "nav.notifications");
        } else if (role == Role.SECRETARY) {
            item(html, reader, "/secretary/questions.xhtml", "nav.secretary");
        } else if (role == Role.MODERATOR) {
            item(html, reader, "/moderator/sessions.xhtml", "nav.moderator");
        } else if (role == Role.ADMINISTRATOR) {
            item(html, reader, "/admin/users.xhtml", "nav.admin");
        }
        return html.toString();
    }

    private static void item(StringBuilder html, Reader reader, String path, String label) {
        html.append("<li><a href=\"").append(Html.escape(reader.contextPath() + path)).append("\">")
                .append(reader.text(label)).append("</a></li>");
    }

    private static String box(Reader reader) {
        String root = Html.escape(reader.contextPath());
        if (reader.account().isEmpty()) {
            return "<a id=\"login-link\" href=\"" + root + "/login.xhtml\">" + reader.text("nav.login") + "</a> <a href=\""
                    + root + "/register.xhtml\">" + reader.text("nav.register") + "</a>";
        }
        return "<a id=\"my-data-link\" href=\"" + root + "/account/my-data.xhtml\">"
                + Html.escape(reader.account().get().getDisplayName()) + "</a> <form id=\"logout\" class=\"inline-form\" "
                + "method=\"post\" action=\"" + root + "/logout\"><input type=\"hidden\" name=\"token\" value=\""
                + Html.escape(reader.formToken()) + "\"/><input type=\"submit\" id=\"logout:submit\" class=\"link-button\" value=\""
                + reader.text("nav.logout") + "\"/></form>";
    }

    private static String notices(Reader reader) {
        if (reader.account().isEmpty()) {
            return "";
        }
        var notices = Notices.take(reader.session());
        if (notices.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<ul id=\"notices\" class=\"messages\" role=\"status\">");
        for (Notices.Notice notice : notices) {
            html.append("<li class=\"message-").append(notice.severity()).append("\">").append(Html.escape(notice.text()))
                    .append("</li>");
        }
        return html.append("</ul>").toString();
    }
}

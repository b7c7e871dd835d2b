package co.gestionabierta.session.web;

import co.gestionabierta.account.Role;
import co.gestionabierta.evaluation.Evaluations;
import co.gestionabierta.question.QuestionRepository;
import co.gestionabierta.question.QuestionRepository.CitizenMarks;
import co.gestionabierta.web.Html;
import co.gestionabierta.web.Reader;
import co.gestionabierta.web.ReaderPart;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The parts of a session page that depend on the reader: the session's follow button
 * ("follow-session:SESSION"), the way to ask ("ask:SESSION"), each question's support and follow
 * buttons ("question:SESSION:QUESTION") and the survey link ("survey:SESSION"). The buttons are plain
 * forms posting to the action address ({@link ReaderActionServlet}).
 */
@ApplicationScoped
public class SessionReaderParts implements ReaderPart {

    @Inject
    private QuestionRepository questions;

    @EJB
    private Evaluations evaluations;

    /** The key under which a request keeps the reader's marks of one session. */
    private record MarksOf(long sessionId) {
    }

    @Override
    public Set<String> kinds() {
        return Set.of("follow-session", "ask", "question", "survey");
    }

    @Override
    public String render(String kind, String argument, Reader reader) {
        return switch (kind) {
            case "follow-session" -> followSession(Long.parseLong(argument), reader);
            case "ask" -> ask(Long.parseLong(argument), reader);
            case "question" -> {
                int colon = argument.indexOf(':');
                yield question(Long.parseLong(argument.substring(0, colon)), Long.parseLong(argument.substring(colon + 1)), reader);
            }
            default -> survey(Long.parseLong(argument), reader);
        };
    }

    private String followSession(long sessionId, Reader reader) {
        if (!reader.hasRole(Role.CITIZEN)) {
            return "";
        }
        String id = String.valueOf(sessionId);
        if (!marks(sessionId, reader).followsSession()) {
            return "<div class=\"session-follow\">" + Html.actionForm(reader, "follow-session", "follow-session",
                    reader.text("session.follow"), null, "button", "session", id) + "</div>";
        }
        return "<p class=\"session-follow\"><span class=\"muted\" id=\"following-session\">" + reader.text("session.following")
                + "</span> " + Html.actionForm(reader, "unfollow-session", "unfollow-session",
                reader.text("session.unfollow"), null, "link-button", "session", id) + "</p>";
    }

    private static String ask(long sessionId, Reader reader) {
        String form = "/account/ask.xhtml?session=" + sessionId;
        if (reader.account().isEmpty()) {
            return "<p class=\"message-info\" id=\"ask-sign-in\">" + reader.text("question.ask.signInToAsk") + " <a id=\"ask-login\" href=\""
                    + Html.escape(reader.contextPath() + "/login.xhtml?from=" + URLEncoder.encode(form, StandardCharsets.UTF_8))
                    + "\">" + reader.text("nav.login") + "</a></p>";
        }
        if (!reader.hasRole(Role.CITIZEN)) {
            return "";
        }
        return "<p><a class=\"button\" id=\"ask-link\" href=\"" + Html.escape(reader.contextPath() + form) + "\">"
                + reader.text("question.ask.title") + "</a></p>";
    }

    private String question(long sessionId, long questionId, Reader reader) {
        if (!reader.hasRole(Role.CITIZEN)) {
            return "";
        }
        CitizenMarks marks = marks(sessionId, reader);
        String id = String.valueOf(questionId);
        StringBuilder html = new StringBuilder();
        if (marks.supported().contains(questionId)) {
            html.append("<span class=\"tag\">").append(reader.text("question.supportedByYou")).append("</span>");
        } else if (!marks.authored().contains(questionId)) {
            html.append(Html.actionForm(reader, "support-" + id, "support", reader.text("question.support"),
                    reader.text("question.support") + ": " + id, "link-button", "question", id));
        }
        html.append(' ');
        if (marks.followed().contains(questionId)) {
            html.append("<span class=\"tag\">").append(reader.text("question.following")).append("</span>");
        } else {
            html.append(Html.actionForm(reader, "follow-" + id, "follow", reader.text("question.follow"),
                    reader.text("question.follow") + ": " + id, "link-button", "question", id));
        }
        return html.toString();
    }

    private CitizenMarks marks(long sessionId, Reader reader) {
        return reader.load(new MarksOf(sessionId), key -> questions.findMarks(reader.account().get().getId(), sessionId));
    }

    private String survey(long sessionId, Reader reader) {
        if (reader.hasRole(Role.CITIZEN) && evaluations.hasAnswered(reader.account().get(), sessionId)) {
            return "<p class=\"muted\" id=\"survey-done\">" + reader.text("survey.rule.answeredAlready") + "</p>";
        }
        return "<p><a class=\"button\" id=\"survey-link\" href=\"" + Html.escape(reader.contextPath() + "/survey.xhtml?id=" + sessionId)
                + "\">" + reader.text("survey.answerNow") + "</a></p>";
    }
}

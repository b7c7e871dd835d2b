package co.gestionabierta.web;

import co.gestionabierta.account.Role;
import co.gestionabierta.account.UserAccount;
import jakarta.servlet.http.HttpSession;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The reader of one request, as the {@link ReaderPart}s see it: their account (empty for an anonymous
 * visitor), language, the form token of their session, the page they are on, and what parts loaded
 * for them during this request.
 */
public final class Reader {

    private final Optional<UserAccount> account;
    private final HttpSession session;
    private final Locale locale;
    private final ResourceBundle messages;
    private final String contextPath;
    private final String page;
    private final Map<Object, Object> loaded = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();

    /**
     * @param session the reader's HTTP session; null for an anonymous visitor without one
     * @param page    the current page's path and query, from the site's root, such as /session.xhtml?id=4
     */
    public Reader(Optional<UserAccount> account, HttpSession session, Locale locale, String contextPath, String page) {
        this.account = account;
        this.session = session;
        this.locale = locale;
        this.messages = ResourceBundle.getBundle("messages", locale);
        this.contextPath = contextPath;
        this.page = page;
    }

    public Optional<UserAccount> account() {
        return account;
    }

    public boolean hasRole(Role role) {
        return account.map(a -> a.getRole() == role).orElse(false);
    }

    /** Returns the session; only for a signed-in reader, who always has one. */
    public HttpSession session() {
        return session;
    }

    public Locale locale() {
        return locale;
    }

    public String contextPath() {
        return contextPath;
    }

    public String page() {
        return page;
    }

    /** Returns the token that this reader's forms must send back; only for a signed-in reader. */
    public String formToken() {
        return FormTokens.of(session);
    }

    /** Returns a text of the message bundle in the reader's language, HTML-escaped. */
    public String text(String key, Object... arguments) {
        if (arguments.length == 0) {
            return texts.computeIfAbsent(key, k -> Html.escape(messages.getString(k)));
        }
        String pattern = messages.getString(key);
        return Html.escape(arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments));
    }

    /** Loads something once per request, such as the questions the reader supports in a session. */
    @SuppressWarnings("unchecked")
    public <K, V> V load(K key, Function<K, V> loader) {
        return (V) loaded.computeIfAbsent(key, k -> loader.apply((K) k));
    }
}

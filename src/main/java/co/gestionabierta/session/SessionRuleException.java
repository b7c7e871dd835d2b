package co.gestionabierta.session;

import jakarta.ejb.ApplicationException;

/**
 * A session rule refused an action, such as going live without an agenda. The message key and its
 * arguments name the rule for the person who tried.
 */
@ApplicationException(rollback = true)
public class SessionRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public SessionRuleException(String messageKey, Object... arguments) {
        super("Session rule refused the action: " + messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}

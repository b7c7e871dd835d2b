package co.gestionabierta.web;

import jakarta.ejb.ApplicationException;

/**
 * A business rule rejected an action, such as going live without an agenda. The message key and its
 * arguments name the rule in the bundle, so the page tells the person what to change. The EJB container
 * passes it to the caller as it is and rolls the transaction back.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class RuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    protected RuleException(String messageKey, Object... arguments) {
        super("Rule rejected the action: " + messageKey);
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

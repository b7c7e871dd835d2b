package co.gestionabierta.catalog;

import jakarta.ejb.ApplicationException;

/** A report or catalogue rule refused an action; the key and arguments say which rule. */
@ApplicationException(rollback = true)
public class ReportRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public ReportRuleException(String messageKey, Object... arguments) {
        super("Report rule refused the action: " + messageKey);
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

package co.gestionabierta.question;

import jakarta.ejb.ApplicationException;

/** A question rule rejected an action; the message key and arguments name the rule for the person. */
@ApplicationException(rollback = true)
public class QuestionRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public QuestionRuleException(String messageKey, Object... arguments) {
        super("Question rule rejected the action: " + messageKey);
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

package co.gestionabierta.session;

import co.gestionabierta.web.RuleException;

/** A session rule rejected an action. The message key and arguments name the rule. */
public class SessionRuleException extends RuleException {

    public SessionRuleException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}

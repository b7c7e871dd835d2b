package co.gestionabierta.question;

import co.gestionabierta.web.RuleException;

/** A question rule rejected an action. The message key and arguments name the rule. */
public class QuestionRuleException extends RuleException {

    public QuestionRuleException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}

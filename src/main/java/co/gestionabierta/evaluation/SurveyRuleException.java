package co.gestionabierta.evaluation;

import co.gestionabierta.web.RuleException;

/** A survey rule rejected an action. The message key and arguments name the rule. */
public class SurveyRuleException extends RuleException {

    public SurveyRuleException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}

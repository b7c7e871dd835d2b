package co.gestionabierta.catalog;

import co.gestionabierta.web.RuleException;

/** A report or catalogue rule rejected an action. The message key and arguments name the rule. */
public class ReportRuleException extends RuleException {

    public ReportRuleException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}

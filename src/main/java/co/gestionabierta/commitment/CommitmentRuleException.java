package co.gestionabierta.commitment;

import co.gestionabierta.web.RuleException;

/** A commitment rule rejected an action. The message key and arguments name the rule. */
public class CommitmentRuleException extends RuleException {

    public CommitmentRuleException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}

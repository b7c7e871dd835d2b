package co.gestionabierta.account;

import jakarta.ejb.ApplicationException;

/**
 * A use case that cannot go on because of the person's input or the data's state, with the bundle
 * key of the message that explains why and what to do. The transaction rolls back.
 */
@ApplicationException(rollback = true)
public class AccountException extends RuntimeException {

    private final String messageKey;

    public AccountException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}

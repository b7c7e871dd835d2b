package co.gestionabierta.notification;

/** The SMTP server rejected a message or could not be reached. */
public class MailFailedException extends RuntimeException {

    private final boolean permanent;

    public MailFailedException(Throwable cause) {
        this(cause, false);
    }

    /** @param permanent true when trying again cannot help, as with an invalid or rejected address */
    public MailFailedException(Throwable cause, boolean permanent) {
        super("Sending an e-mail failed: " + cause.getMessage(), cause);
        this.permanent = permanent;
    }

    public boolean isPermanent() {
        return permanent;
    }
}

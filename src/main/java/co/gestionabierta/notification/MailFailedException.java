package co.gestionabierta.notification;

/** The SMTP server rejected a message or could not be reached. */
public class MailFailedException extends RuntimeException {

    public MailFailedException(Throwable cause) {
        super("Sending an e-mail failed", cause);
    }
}

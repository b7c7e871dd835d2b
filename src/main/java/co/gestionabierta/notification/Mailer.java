package co.gestionabierta.notification;

import co.gestionabierta.bootstrap.Settings;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.jboss.logging.Logger;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Sends the application's e-mails through the WildFly mail session, with subject and body taken from
 * the message bundle in the recipient's language.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class);

    @Resource(lookup = "java:jboss/mail/GestionAbierta")
    private Session mailSession;

    /**
     * Sends the message whose bundle keys are mail.KEY.subject and mail.KEY.body, formatting the body
     * with the arguments. Throws MailFailedException when the SMTP server rejects it or is down.
     */
    public void send(String to, String key, Locale locale, Object... bodyArguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
        try {
            MimeMessage message = new MimeMessage(mailSession);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(bundle.getString("mail." + key + ".subject"), "UTF-8");
            message.setText(new MessageFormat(bundle.getString("mail." + key + ".body"), locale).format(bodyArguments),
                    "UTF-8");
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.warnf("Sending the %s e-mail failed: %s", key, e.getMessage());
            throw new MailFailedException(e);
        }
    }

    /** Returns the public address of the site for links in e-mails (GA_PUBLIC_URL), without a trailing slash. */
    public static String publicUrl() {
        String url = Settings.get("GA_PUBLIC_URL").orElse("http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}

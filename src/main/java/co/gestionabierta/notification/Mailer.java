package co.gestionabierta.notification;

import co.gestionabierta.bootstrap.Settings;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
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

    /** A rendered e-mail: its subject and plain-text body. */
    public record Rendered(String subject, String body) {
    }

    /**
     * Sends the message whose bundle keys are mail.KEY.subject and mail.KEY.body, formatting the body
     * with the arguments. Throws MailFailedException when the SMTP server rejects it or is down.
     */
    public void send(String to, String key, Locale locale, Object... bodyArguments) {
        sendWithFooter(to, key, locale, null, null, null, bodyArguments);
    }

    /**
     * Sends a message with an optional unsubscribe link, shown under the body and given in the
     * List-Unsubscribe header, and an optional stable Message-ID, so a receiver can recognise a repeat.
     * The follow kind (SESSION, QUESTION, COMMITMENT, NEW_SESSIONS) names what the link stops.
     */
    public void sendWithFooter(String to, String key, Locale locale, String unsubscribeUrl, String followKind,
                               String messageKey, Object... bodyArguments) {
        Rendered rendered = render(key, locale, unsubscribeUrl, followKind, bodyArguments);
        try {
            MimeMessage message = messageKey == null ? new MimeMessage(mailSession)
                    : new StableIdMessage(mailSession, "<" + messageKey + "@" + host() + ">");
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(rendered.subject(), "UTF-8");
            if (unsubscribeUrl != null) {
                message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
            }
            message.setText(rendered.body(), "UTF-8");
            Transport.send(message);
        } catch (AddressException e) {
            LOG.warnf("The %s e-mail has an invalid address: %s", key, e.getMessage());
            throw new MailFailedException(e, true);
        } catch (SendFailedException e) {
            boolean rejected = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
            LOG.warnf("Sending the %s e-mail failed: %s", key, e.getMessage());
            throw new MailFailedException(e, rejected);
        } catch (MessagingException e) {
            LOG.warnf("Sending the %s e-mail failed: %s", key, e.getMessage());
            throw new MailFailedException(e);
        }
    }

    /** Renders subject and body from the bundle, with the unsubscribe line under the body when there is a link. */
    public static Rendered render(String key, Locale locale, String unsubscribeUrl, String followKind,
                                  Object... bodyArguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
        String body = new MessageFormat(bundle.getString("mail." + key + ".body"), locale).format(bodyArguments);
        if (unsubscribeUrl != null) {
            String footerKey = followKind != null && bundle.containsKey("mail.unsubscribe." + followKind)
                    ? "mail.unsubscribe." + followKind : "mail.unsubscribe";
            body = body + "\n\n-- \n" + new MessageFormat(bundle.getString(footerKey), locale)
                    .format(new Object[]{unsubscribeUrl});
        }
        return new Rendered(bundle.getString("mail." + key + ".subject"), body);
    }

    /** Removes the greeting line that starts a body, for an e-mail shown inside a digest. */
    static String withoutGreeting(String body, Locale locale) {
        String greeting = ResourceBundle.getBundle("messages", locale).getString("mail.greeting") + "\n\n";
        return body.startsWith(greeting) ? body.substring(greeting.length()) : body;
    }

    private static String host() {
        String host = java.net.URI.create(publicUrl()).getHost();
        return host == null ? "gestionabierta.local" : host;
    }

    /** A message whose Message-ID is set by the application instead of made up at sending time. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }

    /** Returns the public address of the site for links in e-mails (GA_PUBLIC_URL), without a trailing slash. */
    public static String publicUrl() {
        String url = Settings.get("GA_PUBLIC_URL").orElse("http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}

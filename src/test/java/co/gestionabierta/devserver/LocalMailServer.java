package co.gestionabierta.devserver;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A local SMTP server (GreenMail) for the run command, so that confirmation and password e-mails
 * can be read on the console without a real mail relay.
 */
final class LocalMailServer {

    /**
     * GreenMail's logger, kept here so its level holds. At INFO it prints each recipient's new mailbox login
     * with the address as its password, which reads like a leaked secret on the run console.
     */
    private static final Logger GREENMAIL_LOG = Logger.getLogger("com.icegreen.greenmail");

    private final GreenMail greenMail;
    private final int port;
    private final ScheduledExecutorService printer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "local-mail-printer");
        thread.setDaemon(true);
        return thread;
    });
    private int printed;

    private LocalMailServer(GreenMail greenMail, int port) {
        this.greenMail = greenMail;
        this.port = port;
    }

    static LocalMailServer start(int port) {
        GREENMAIL_LOG.setLevel(Level.WARNING);
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        LocalMailServer server = new LocalMailServer(greenMail, port);
        server.printer.scheduleWithFixedDelay(server::printNewMessages, 1, 1, TimeUnit.SECONDS);
        return server;
    }

    int port() {
        return port;
    }

    private synchronized void printNewMessages() {
        MimeMessage[] messages = greenMail.getReceivedMessages();
        for (; printed < messages.length; printed++) {
            MimeMessage message = messages[printed];
            try {
                System.out.printf("%n--- E-mail to %s: %s%n%s%n---%n", String.join(", ",
                                java.util.Arrays.stream(message.getAllRecipients()).map(Object::toString).toList()),
                        message.getSubject(), message.getContent());
            } catch (MessagingException | java.io.IOException e) {
                System.out.println("--- An e-mail arrived but could not be read: " + e.getMessage());
            }
        }
    }

    void stop() {
        printer.shutdownNow();
        greenMail.stop();
    }
}

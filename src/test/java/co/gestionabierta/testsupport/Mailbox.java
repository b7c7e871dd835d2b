package co.gestionabierta.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;

/** A GreenMail SMTP server on the tests' mail port, which a test stops and starts to simulate an outage. */
public final class Mailbox {

    private Mailbox() {
    }

    /** Starts a GreenMail SMTP server on the port the test server's mail session sends to. */
    public static GreenMail start() {
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.parseInt(System.getProperty("ga.it.smtp.port")),
                "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    /** Returns the messages the server received for the address, oldest first. */
    public static List<MimeMessage> to(GreenMail server, String email) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return GreenMailUtil.getAddressList(m.getAllRecipients()).contains(email);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}

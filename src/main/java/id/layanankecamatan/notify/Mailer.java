package id.layanankecamatan.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Builds MIME messages (Jakarta Mail) and hands them to the configured transport. */
@Component
public class Mailer {

    private final MailTransport transport;
    private final String from;

    public Mailer(MailTransport transport, @Value("${layanan.mail.from}") String from) {
        this.transport = transport;
        this.from = from;
    }

    public void send(OutgoingMail mail) {
        try {
            MimeMessage message = new IdentifiedMessage(JobMessageIds.forCurrentJob(mail, from).orElse(null));
            MimeMessageHelper helper = new MimeMessageHelper(message, mail.hasAttachment(), "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            if (mail.hasAttachment()) {
                helper.addAttachment(mail.attachmentName(), new ByteArrayResource(mail.attachmentPdf()), "application/pdf");
            }
            message.saveChanges();
            transport.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Mail to " + mail.to() + " could not be built", e);
        }
    }

    /** A message whose Message-ID is given (see JobMessageIds), or random as usual when none is. */
    private static final class IdentifiedMessage extends MimeMessage {

        private final String messageId;

        IdentifiedMessage(String messageId) {
            super(Session.getInstance(new Properties()));
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            if (messageId == null) {
                super.updateMessageID();
            } else {
                setHeader("Message-ID", messageId);
            }
        }
    }
}

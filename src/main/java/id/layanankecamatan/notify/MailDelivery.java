package id.layanankecamatan.notify;

import id.layanankecamatan.calendar.OfficeClock;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox: one due message at a time is claimed (its row locked, other nodes skip it), sent through
 * the configured transport and marked, in one short transaction. A failed attempt is tried again later, each wait
 * about twice the last (30 s up to an hour, with jitter so that a recovering mail server is not hit by every
 * message at once); after the last attempt the message is marked FAILED and logged for the operator.
 * <p>
 * A crash between the server accepting a message and the mark being committed sends that one message again on
 * recovery: delivery is at least once, and that window is the only way to get a duplicate. Its Message-ID comes
 * from the outbox row, so the second delivery is the same message to the recipient's mail program.
 */
@Component
public class MailDelivery {

    /** One message per transaction: a crash can leave at most one sent message unmarked per node. */
    static final int BATCH = 1;
    static final int ATTEMPTS = 12;
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);
    private static final String UTF_8 = "UTF-8";
    private static final String PDF = "application/pdf";
    // the messages' own session (the transport has its own): made once, as each one reads provider lists from the
    // class path
    private static final Session SESSION = Session.getInstance(new Properties());

    private final MailOutbox outbox;
    private final MailTransport transport;
    private final TransactionTemplate transaction;
    private final String from;
    private final OfficeClock clock;

    public MailDelivery(MailOutbox outbox, MailTransport transport, TransactionTemplate transaction,
                        @Value("${layanan.mail.from}") String from, OfficeClock clock) {
        this.outbox = outbox;
        this.transport = transport;
        this.transaction = transaction;
        this.from = from;
        this.clock = clock;
    }

    /** Delivers everything that is due now; returns how many messages went out. */
    public int deliverDue() {
        int sent = 0;
        Batch batch;
        do {
            batch = transaction.execute(status -> deliverBatch());
            sent += batch.sent();
        } while (batch.claimed() > 0);
        return sent;
    }

    /** A failed message waits for its next attempt, so the loop above ends when only waiting ones are left. */
    private Batch deliverBatch() {
        OffsetDateTime now = clock.now();
        List<MailOutbox.Pending> due = outbox.claimDue(now, BATCH);
        int sent = 0;
        for (MailOutbox.Pending pending : due) {
            try {
                transport.send(mime(pending.id(), pending.mail()));
                outbox.delivered(pending.id(), clock.now());
                sent++;
            } catch (RuntimeException | MessagingException e) {
                retryLater(pending, e, now);
            }
        }
        return new Batch(due.size(), sent);
    }

    private record Batch(int claimed, int sent) {
    }

    private void retryLater(MailOutbox.Pending pending, Exception e, OffsetDateTime now) {
        // the error without the address: the log and the table's error column stay free of personal data
        String error = e.getClass().getSimpleName();
        int attempt = pending.attempts() + 1;
        if (attempt >= ATTEMPTS) {
            LOG.warn("Outbox message {} given up after {} attempts ({})", pending.id(), attempt, error);
            outbox.gaveUp(pending.id(), error);
            return;
        }
        LOG.info("Outbox message {} not delivered (attempt {}, {}); trying again later", pending.id(), attempt, error);
        outbox.failed(pending.id(), error, now.plus(backoff(attempt)));
    }

    /** About 30 s, 1, 2, 4 … minutes, at most an hour; each wait between 75 % and 125 % of that. */
    static Duration backoff(int attempt) {
        long base = Math.min(FIRST_RETRY.toMillis() << Math.min(attempt - 1, 20), LONGEST_WAIT.toMillis());
        long jitter = ThreadLocalRandom.current().nextLong(base / 2 + 1) - base / 4;
        return Duration.ofMillis(base + jitter);
    }

    /**
     * The message built with Jakarta Mail directly: Spring's MimeMessageHelper reads a MIME type table from the class
     * path for every message, and an attachment without a declared transfer encoding is read through once more
     * just to choose one. A PDF goes as base64, declared.
     */
    private MimeMessage mime(long outboxId, OutgoingMail mail) throws MessagingException {
        MimeMessage message = new IdentifiedMessage(SESSION, messageId(outboxId, from));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
        message.setSubject(mail.subject(), UTF_8);
        if (!mail.hasAttachment()) {
            message.setText(mail.body(), UTF_8);
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.body(), UTF_8);
            MimeBodyPart pdf = new MimeBodyPart();
            pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(mail.attachmentPdf(), PDF)));
            pdf.setFileName(mail.attachmentName());
            pdf.setDisposition(Part.ATTACHMENT);
            pdf.setHeader("Content-Transfer-Encoding", "base64");
            message.setContent(new MimeMultipart(text, pdf));
        }
        message.saveChanges();
        return message;
    }

    /** e.g. {@code <outbox.123@kecamatan.example.go.id>}: the same for every attempt to deliver that message. */
    static String messageId(long outboxId, String from) {
        return "<outbox." + outboxId + "@" + domain(from) + ">";
    }

    /** The sender's domain, also when the sender is written "Name <address>". */
    private static String domain(String from) {
        try {
            String address = new InternetAddress(from).getAddress();
            return address.substring(address.indexOf('@') + 1);
        } catch (AddressException e) {
            return "layanan.invalid";
        }
    }

    /** A message with the given Message-ID instead of a random one. */
    private static final class IdentifiedMessage extends MimeMessage {

        private final String messageId;

        IdentifiedMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}

package id.layanankecamatan.notify;

import id.layanankecamatan.calendar.OfficeClock;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands a mail over for delivery: it is written to the outbox in the caller's transaction and sent by
 * {@link MailDelivery} once that transaction has committed. A step that fails after "sending" therefore sends
 * nothing, and its retry does not send twice.
 */
@Component
public class Mailer {

    private final MailOutbox outbox;
    private final OfficeClock clock;

    public Mailer(MailOutbox outbox, OfficeClock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public void send(OutgoingMail mail) {
        send(mail, null);
    }

    /** A mail telling the applicant of {@code notice}'s application, listed for staff with it. */
    @Transactional
    void send(OutgoingMail mail, MailOutbox.NoticeRef notice) {
        try {
            new InternetAddress(mail.to(), true).validate();
        } catch (AddressException e) {
            // a stored address is checked at the edge; this is a bug, not a citizen's mistake
            throw new IllegalStateException("Invalid recipient address for mail \"" + mail.subject() + "\"", e);
        }
        outbox.add(MailOutbox.EMAIL, mail, notice, clock.now());
    }
}

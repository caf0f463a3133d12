package id.layanankecamatan.notify;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table of messages waiting to be delivered (V11). Writing joins the caller's transaction: the message exists
 * exactly when the change that caused it was committed.
 */
@Repository
public class MailOutbox {

    static final String EMAIL = "EMAIL";
    /** Delivered messages are kept a month (to answer "did you send it?"), then deleted with their personal data. */
    static final Duration KEPT_AFTER_DELIVERY = Duration.ofDays(30);

    private final JdbcClient jdbc;

    public MailOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A message of any channel; {@code notice} names the application and event it tells of (null for staff mail). */
    void add(String channel, OutgoingMail mail, NoticeRef notice, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO outbox_message (channel, recipient, subject, body, attachment_name, attachment, status,
                                            attempts, next_attempt_at, created_at, application_id, event)
                VALUES (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?)""")
                .params(channel, mail.to(), mail.subject(), mail.body(), mail.attachmentName(), mail.attachmentPdf(),
                        now, now, notice == null ? null : notice.applicationId(),
                        notice == null ? null : notice.event())
                .update();
    }

    /** The messages told to the applicant of an application, oldest first: what staff see of them. */
    public List<SentNotice> ofApplication(long applicationId) {
        return jdbc.sql("""
                SELECT channel, event, status, provider_status, created_at, sent_at, provider_status_at
                FROM outbox_message WHERE application_id = ? ORDER BY id""")
                .param(applicationId)
                .query((rs, n) -> new SentNotice(rs.getString("channel"), rs.getString("event"),
                        rs.getString("status"), rs.getString("provider_status"),
                        latest(rs.getObject("created_at", OffsetDateTime.class),
                                rs.getObject("sent_at", OffsetDateTime.class),
                                rs.getObject("provider_status_at", OffsetDateTime.class))))
                .list();
    }

    /**
     * Notices that did not reach the applicant (given up, or reported failed by the provider) since {@code since},
     * newest first, with the registration number they belong to: what the camat's Cockpit view lists.
     */
    public List<Undelivered> undeliveredSince(OffsetDateTime since, int limit) {
        return jdbc.sql("""
                SELECT a.registration_number, o.channel, o.event, o.status, o.provider_status, o.created_at,
                       o.sent_at, o.provider_status_at
                FROM outbox_message o JOIN application a ON a.id = o.application_id
                WHERE (o.status = 'FAILED' OR o.provider_status = 'failed') AND o.created_at >= ?
                ORDER BY o.id DESC FETCH FIRST %d ROWS ONLY""".formatted(limit))
                .param(since)
                .query((rs, n) -> new Undelivered(rs.getString("registration_number"), new SentNotice(
                        rs.getString("channel"), rs.getString("event"), rs.getString("status"),
                        rs.getString("provider_status"), latest(rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("sent_at", OffsetDateTime.class),
                        rs.getObject("provider_status_at", OffsetDateTime.class)))))
                .list();
    }

    private static OffsetDateTime latest(OffsetDateTime... times) {
        OffsetDateTime latest = null;
        for (OffsetDateTime time : times) {
            if (time != null && (latest == null || time.isAfter(latest))) {
                latest = time;
            }
        }
        return latest;
    }

    /**
     * A message waits while an earlier one to the same recipient on the same channel is still pending (waiting for
     * its retry, or being delivered by another node): a citizen reads "returned" before its reminder, also after the
     * provider was down. A message given up (FAILED) no longer holds the later ones back.
     */
    static final String IN_ORDER_PER_RECIPIENT = """
            AND NOT EXISTS (SELECT 1 FROM outbox_message earlier
                            WHERE earlier.channel = outbox_message.channel AND earlier.recipient = outbox_message.recipient
                              AND earlier.status = 'PENDING' AND earlier.id < outbox_message.id)""";

    /**
     * Due messages, locked for this transaction; rows another node is delivering are skipped, not waited for, so
     * each message goes out from one node only; in order per recipient ({@link #IN_ORDER_PER_RECIPIENT}).
     */
    List<Pending> claimDue(OffsetDateTime now, int limit) {
        return jdbc.sql("""
                SELECT id, recipient, subject, body, attachment_name, attachment, attempts FROM outbox_message
                WHERE status = 'PENDING' AND channel = ? AND next_attempt_at <= ?
                """ + IN_ORDER_PER_RECIPIENT + """

                ORDER BY id FETCH FIRST %d ROWS ONLY FOR UPDATE SKIP LOCKED""".formatted(limit))
                .params(EMAIL, now)
                .query((rs, n) -> new Pending(rs.getLong("id"), new OutgoingMail(rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("body"), rs.getString("attachment_name"),
                        rs.getBytes("attachment")), rs.getInt("attempts")))
                .list();
    }

    void delivered(long id, OffsetDateTime now) {
        jdbc.sql("UPDATE outbox_message SET status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = NULL "
                + "WHERE id = ?").params(now, id).update();
    }

    void failed(long id, String error, OffsetDateTime nextAttempt) {
        jdbc.sql("UPDATE outbox_message SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?")
                .params(error, nextAttempt, id).update();
    }

    void gaveUp(long id, String error) {
        jdbc.sql("UPDATE outbox_message SET status = 'FAILED', attempts = attempts + 1, last_error = ? WHERE id = ?")
                .params(error, id).update();
    }

    int deleteDeliveredBefore(OffsetDateTime cutoff) {
        return jdbc.sql("DELETE FROM outbox_message WHERE status = 'SENT' AND sent_at < ?").param(cutoff).update();
    }

    record Pending(long id, OutgoingMail mail, int attempts) {
    }

    /** Which application and event (the notice's BPMN name) a message tells of. */
    record NoticeRef(long applicationId, String event) {
    }

    /**
     * One message as staff see it: channel, event, the outbox status (PENDING, SENT, FAILED), what the provider
     * reported last (WhatsApp: sent, delivered, read, failed; null otherwise) and when that last changed.
     */
    public record SentNotice(String channel, String event, String status, String providerStatus,
                             OffsetDateTime at) {
    }

    /** A notice that did not reach the applicant of {@code registrationNumber}. */
    public record Undelivered(String registrationNumber, SentNotice notice) {
    }
}

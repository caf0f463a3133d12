package id.layanankecamatan.notify;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox rows of the phone channels (WHATSAPP, TELEGRAM; V11, V17): claimed for delivery and the provider's
 * ids of the parts that went out.
 */
@Repository
class ProviderOutbox {

    private final JdbcClient jdbc;

    ProviderOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Due messages of the channel, locked for this transaction, in order per recipient
     * ({@link MailOutbox#IN_ORDER_PER_RECIPIENT}); rows another node is delivering are skipped.
     */
    List<Pending> claimDue(String channel, OffsetDateTime now, int limit) {
        return jdbc.sql("""
                SELECT id, recipient, subject, body, attachment_name, attachment, attempts, created_at,
                       provider_message_id, document_message_id
                FROM outbox_message
                WHERE status = 'PENDING' AND channel = ? AND next_attempt_at <= ?
                """ + MailOutbox.IN_ORDER_PER_RECIPIENT + """

                ORDER BY id FETCH FIRST %d ROWS ONLY FOR UPDATE SKIP LOCKED""".formatted(limit))
                .params(channel, now)
                .query((rs, n) -> new Pending(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("body"), rs.getString("attachment_name"), rs.getBytes("attachment"),
                        rs.getInt("attempts"), rs.getObject("created_at", OffsetDateTime.class),
                        rs.getString("provider_message_id"), rs.getString("document_message_id")))
                .list();
    }

    /** The provider's ids of what went out so far, kept also when a later part failed: a retry does not resend it. */
    void progress(long id, String messageId, String documentMessageId) {
        jdbc.sql("UPDATE outbox_message SET provider_message_id = ?, document_message_id = ? WHERE id = ?")
                .params(messageId, documentMessageId, id).update();
    }

    /**
     * {@code subject}: the channel's own use (WhatsApp: the template's name; Telegram: the letter's caption);
     * {@code messageId}, {@code documentMessageId}: the provider's ids of the parts already sent.
     */
    record Pending(long id, String to, String subject, String body, String attachmentName, byte[] attachment,
                   int attempts, OffsetDateTime createdAt, String messageId, String documentMessageId) {

        boolean hasLetter() {
            return attachment != null;
        }
    }
}

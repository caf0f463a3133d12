package id.layanankecamatan.notify;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The WHATSAPP rows of the outbox (V11, V17): claimed for delivery, their provider ids and reported statuses. */
@Repository
public class WhatsAppOutbox {

    private final JdbcClient jdbc;

    public WhatsAppOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Due messages, locked for this transaction, in order per recipient; rows another node is delivering are skipped (as for mail). */
    List<Pending> claimDue(OffsetDateTime now, int limit) {
        return jdbc.sql("""
                SELECT id, recipient, subject, body, attachment_name, attachment, attempts, created_at,
                       provider_message_id, document_message_id
                FROM outbox_message
                WHERE status = 'PENDING' AND channel = ? AND next_attempt_at <= ?
                """ + MailOutbox.IN_ORDER_PER_RECIPIENT + """

                ORDER BY id FETCH FIRST %d ROWS ONLY FOR UPDATE SKIP LOCKED""".formatted(limit))
                .params(WhatsAppNoticeChannel.WHATSAPP, now)
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
     * What the provider's webhook reported of one of its messages; false when no row has it. Callbacks may come out
     * of order: a late "delivered" does not undo "read" (failed always counts).
     */
    boolean reported(String providerMessageId, String status, OffsetDateTime at) {
        return jdbc.sql("""
                UPDATE outbox_message SET provider_status = ?, provider_status_at = ?
                WHERE channel = ? AND (provider_message_id = ? OR document_message_id = ?)
                  AND (? = 'failed' OR provider_status IS NULL OR %s <= %s)""".formatted(
                        rank("provider_status"), rank("?")))
                .params(status, at, WhatsAppNoticeChannel.WHATSAPP, providerMessageId, providerMessageId, status,
                        status)
                .update() > 0;
    }

    /** sent < delivered < read; failed (or anything else) has no rank and is never overwritten by them. */
    private static String rank(String status) {
        // plain CASE rather than PostgreSQL's array_position: the demo runs on H2
        return "CASE " + status + " WHEN 'sent' THEN 1 WHEN 'delivered' THEN 2 WHEN 'read' THEN 3 END";
    }

    /** {@code subject}: the template's name; {@code body}: its parameters (and the letter's caption) as JSON. */
    record Pending(long id, String to, String template, String body, String attachmentName, byte[] attachment,
                   int attempts, OffsetDateTime createdAt, String messageId, String documentMessageId) {

        boolean hasLetter() {
            return attachment != null;
        }
    }
}

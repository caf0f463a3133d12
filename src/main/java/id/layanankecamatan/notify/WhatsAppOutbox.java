package id.layanankecamatan.notify;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the Cloud API's webhook reports of the WHATSAPP rows of the outbox (V17); claimed: {@link ProviderOutbox}. */
@Repository
public class WhatsAppOutbox {

    private final JdbcClient jdbc;

    public WhatsAppOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
}

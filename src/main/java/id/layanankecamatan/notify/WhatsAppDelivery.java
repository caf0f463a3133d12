package id.layanankecamatan.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.calendar.OfficeClock;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the WHATSAPP rows of the outbox ({@link ProviderDelivery}: one row per transaction, retries, Retry-After,
 * FAILED after {@code max-age}). The template message goes first, then (the letter notice) the PDF is uploaded and
 * sent as a document; a retry sends only the part whose id is not yet on the row.
 */
public class WhatsAppDelivery {

    private final ProviderDelivery delivery;
    private final WhatsAppCloudApi api;
    private final ObjectMapper json;

    WhatsAppDelivery(ProviderOutbox rows, MailOutbox outbox, WhatsAppCloudApi api, TransactionTemplate transaction,
                     OfficeClock clock, WhatsAppProperties properties, ObjectMapper json) {
        this.api = api;
        this.json = json;
        this.delivery = new ProviderDelivery(WhatsAppNoticeChannel.WHATSAPP, rows, outbox, this::send, transaction,
                clock, properties.maxAge());
    }

    /** Delivers everything that is due now; returns how many messages went out. */
    public int deliverDue() {
        return delivery.deliverDue();
    }

    /** {@code subject}: the template's name; {@code body}: its parameters (and the letter's caption) as JSON. */
    private void send(ProviderOutbox.Pending pending, ProviderDelivery.Progress progress) throws IOException {
        JsonNode body = json.readTree(pending.body());
        if (progress.message() == null) {
            List<String> parameters = new ArrayList<>();
            body.path("parameters").forEach(p -> parameters.add(p.asText()));
            progress.message(api.sendTemplate(pending.to(), pending.subject(), parameters));
        }
        if (pending.hasLetter() && progress.document() == null) {
            String media = api.upload(pending.attachmentName(), pending.attachment());
            progress.document(api.sendDocument(pending.to(), media, pending.attachmentName(),
                    body.hasNonNull("caption") ? body.get("caption").asText() : null));
        }
    }
}

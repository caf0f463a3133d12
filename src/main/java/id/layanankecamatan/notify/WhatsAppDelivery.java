package id.layanankecamatan.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.calendar.OfficeClock;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the WHATSAPP rows of the outbox as {@link MailDelivery} does the mail: one claimed row per short
 * transaction, other nodes skip it. The template message goes first, then (the letter notice) the PDF is uploaded
 * and sent as a document; the provider's id of each part is kept on the row, also when a later part fails, so a
 * retry sends only what is missing. A failure waits as mail does (about twice as long each time, with jitter), a
 * 429 as long as its Retry-After says; a message still not out after {@code max-age} is marked FAILED, which staff
 * see on the application's page.
 */
public class WhatsAppDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(WhatsAppDelivery.class);

    private final WhatsAppOutbox whatsApp;
    private final MailOutbox outbox;
    private final WhatsAppCloudApi api;
    private final TransactionTemplate transaction;
    private final OfficeClock clock;
    private final Duration maxAge;
    private final ObjectMapper json;

    WhatsAppDelivery(WhatsAppOutbox whatsApp, MailOutbox outbox, WhatsAppCloudApi api,
                     TransactionTemplate transaction, OfficeClock clock, WhatsAppProperties properties,
                     ObjectMapper json) {
        this.whatsApp = whatsApp;
        this.outbox = outbox;
        this.api = api;
        this.transaction = transaction;
        this.clock = clock;
        this.maxAge = properties.maxAge();
        this.json = json;
    }

    /** Delivers everything that is due now; returns how many messages went out. */
    public int deliverDue() {
        int sent = 0;
        int claimed;
        do {
            int[] batch = transaction.execute(status -> deliverOne());
            claimed = batch[0];
            sent += batch[1];
        } while (claimed > 0);
        return sent;
    }

    /** {claimed, sent}. */
    private int[] deliverOne() {
        OffsetDateTime now = clock.now();
        List<WhatsAppOutbox.Pending> due = whatsApp.claimDue(now, MailDelivery.BATCH);
        int sent = 0;
        for (WhatsAppOutbox.Pending pending : due) {
            Progress progress = new Progress(pending.messageId(), pending.documentMessageId());
            try {
                send(pending, progress);
                whatsApp.progress(pending.id(), progress.message, progress.document);
                outbox.delivered(pending.id(), clock.now());
                sent++;
            } catch (IOException | RuntimeException e) {
                whatsApp.progress(pending.id(), progress.message, progress.document);
                retryLater(pending, e, now);
            }
        }
        return new int[] {due.size(), sent};
    }

    private void send(WhatsAppOutbox.Pending pending, Progress progress) throws IOException {
        JsonNode body = json.readTree(pending.body());
        if (progress.message == null) {
            List<String> parameters = new ArrayList<>();
            body.path("parameters").forEach(p -> parameters.add(p.asText()));
            progress.message = api.sendTemplate(pending.to(), pending.template(), parameters);
        }
        if (pending.hasLetter() && progress.document == null) {
            String media = api.upload(pending.attachmentName(), pending.attachment());
            progress.document = api.sendDocument(pending.to(), media, pending.attachmentName(),
                    body.hasNonNull("caption") ? body.get("caption").asText() : null);
        }
    }

    private void retryLater(WhatsAppOutbox.Pending pending, Exception e, OffsetDateTime now) {
        // the error without the number or the text: the log and the error column stay free of personal data
        String error = e instanceof WhatsAppCloudApi.Refused refused ? "HTTP " + refused.status()
                : e.getClass().getSimpleName();
        int attempt = pending.attempts() + 1;
        if (!now.isBefore(pending.createdAt().plus(maxAge))) {
            LOG.warn("WhatsApp message {} given up after {} attempts ({})", pending.id(), attempt, error);
            outbox.gaveUp(pending.id(), error);
            return;
        }
        Duration wait = e instanceof WhatsAppCloudApi.Refused refused && refused.retryAfter() != null
                ? refused.retryAfter() : MailDelivery.backoff(attempt);
        LOG.info("WhatsApp message {} not delivered (attempt {}, {}); trying again in {}", pending.id(), attempt,
                error, wait);
        // counted from the answer, not from the claim: a Retry-After means "not before this long after I said so"
        outbox.failed(pending.id(), error, clock.now().plus(wait));
    }

    /** The provider's ids of the parts sent so far. */
    private static final class Progress {

        private String message;
        private String document;

        Progress(String message, String document) {
            this.message = message;
            this.document = document;
        }
    }
}

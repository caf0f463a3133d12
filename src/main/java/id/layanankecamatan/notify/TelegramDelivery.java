package id.layanankecamatan.notify;

import id.layanankecamatan.calendar.OfficeClock;
import java.io.IOException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the TELEGRAM rows of the outbox ({@link ProviderDelivery}: one row per transaction, retries, retry_after,
 * FAILED after {@code max-age}): the text with sendMessage, then (the letter notice) the PDF with sendDocument; a
 * retry sends only the part whose message id is not yet on the row.
 */
public class TelegramDelivery {

    private final ProviderDelivery delivery;
    private final TelegramBotApi api;

    TelegramDelivery(ProviderOutbox rows, MailOutbox outbox, TelegramBotApi api, TransactionTemplate transaction,
                     OfficeClock clock, TelegramProperties properties) {
        this.api = api;
        this.delivery = new ProviderDelivery(TelegramNoticeChannel.TELEGRAM, rows, outbox, this::send, transaction,
                clock, properties.maxAge());
    }

    /** Delivers everything that is due now; returns how many messages went out. */
    public int deliverDue() {
        return delivery.deliverDue();
    }

    /** {@code to}: the chat id; {@code subject}: the letter's caption. */
    private void send(ProviderOutbox.Pending pending, ProviderDelivery.Progress progress) throws IOException {
        if (progress.message() == null) {
            progress.message(api.sendMessage(pending.to(), pending.body()));
        }
        if (pending.hasLetter() && progress.document() == null) {
            progress.document(api.sendDocument(pending.to(), pending.attachmentName(), pending.attachment(),
                    pending.subject()));
        }
    }
}

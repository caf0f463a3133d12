package id.layanankecamatan.notify;

import id.layanankecamatan.calendar.OfficeClock;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the rows of one phone channel as {@link MailDelivery} does the mail: one claimed row per short
 * transaction, other nodes skip it. A message is a text and, for the letter notice, a document; the provider's id
 * of each part is kept on the row, also when a later part fails, so a retry sends only what is missing. A failure
 * waits as mail does (about twice as long each time, with jitter), a refusal that says when to come back that long;
 * a message still not out after {@code maxAge} is marked FAILED, which staff see on the application's page.
 */
final class ProviderDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderDelivery.class);

    /** Sends the parts of a message not yet out, noting each one's id in {@code progress} as soon as it is out. */
    interface Sender {
        void send(ProviderOutbox.Pending pending, Progress progress) throws IOException;
    }

    private final String channel;
    private final ProviderOutbox rows;
    private final MailOutbox outbox;
    private final Sender sender;
    private final TransactionTemplate transaction;
    private final OfficeClock clock;
    private final Duration maxAge;

    ProviderDelivery(String channel, ProviderOutbox rows, MailOutbox outbox, Sender sender,
                     TransactionTemplate transaction, OfficeClock clock, Duration maxAge) {
        this.channel = channel;
        this.rows = rows;
        this.outbox = outbox;
        this.sender = sender;
        this.transaction = transaction;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** Delivers everything that is due now; returns how many messages went out. */
    int deliverDue() {
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
        List<ProviderOutbox.Pending> due = rows.claimDue(channel, now, MailDelivery.BATCH);
        int sent = 0;
        for (ProviderOutbox.Pending pending : due) {
            Progress progress = new Progress(pending.messageId(), pending.documentMessageId());
            try {
                sender.send(pending, progress);
                rows.progress(pending.id(), progress.message(), progress.document());
                outbox.delivered(pending.id(), clock.now());
                sent++;
            } catch (IOException | RuntimeException e) {
                rows.progress(pending.id(), progress.message(), progress.document());
                retryLater(pending, e, now);
            }
        }
        return new int[] {due.size(), sent};
    }

    private void retryLater(ProviderOutbox.Pending pending, Exception e, OffsetDateTime now) {
        // the error without the number, chat or text: the log and the error column stay free of personal data
        String error = e instanceof ProviderRefused refused ? "HTTP " + refused.status()
                : e.getClass().getSimpleName();
        int attempt = pending.attempts() + 1;
        if (!now.isBefore(pending.createdAt().plus(maxAge))) {
            LOG.warn("{} message {} given up after {} attempts ({})", channel, pending.id(), attempt, error);
            outbox.gaveUp(pending.id(), error);
            return;
        }
        Duration wait = e instanceof ProviderRefused refused && refused.retryAfter() != null
                ? refused.retryAfter() : MailDelivery.backoff(attempt);
        LOG.info("{} message {} not delivered (attempt {}, {}); trying again in {}", channel, pending.id(), attempt,
                error, wait);
        // counted from the answer, not from the claim: a Retry-After means "not before this long after I said so"
        outbox.failed(pending.id(), error, clock.now().plus(wait));
    }

    /** The provider's ids of the parts sent so far: the text message and the document. */
    static final class Progress {

        private String message;
        private String document;

        Progress(String message, String document) {
            this.message = message;
            this.document = document;
        }

        String message() {
            return message;
        }

        String document() {
            return document;
        }

        void message(String id) {
            this.message = id;
        }

        void document(String id) {
            this.document = id;
        }
    }
}

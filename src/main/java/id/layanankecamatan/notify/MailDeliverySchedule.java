package id.layanankecamatan.notify;

import id.layanankecamatan.calendar.OfficeClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the outbox delivery every second on every node (they share the work through the rows' locks) and deletes
 * delivered messages after a month. Off in tests, which deliver at a moment of their choosing, as they run jobs.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "layanan.mail.delivery.enabled", havingValue = "true", matchIfMissing = true)
class MailDeliverySchedule {

    private static final Logger LOG = LoggerFactory.getLogger(MailDeliverySchedule.class);

    private final MailDelivery delivery;
    private final ObjectProvider<WhatsAppDelivery> whatsApp;
    private final ObjectProvider<TelegramDelivery> telegram;
    private final MailOutbox outbox;
    private final OfficeClock clock;

    MailDeliverySchedule(MailDelivery delivery, ObjectProvider<WhatsAppDelivery> whatsApp,
                         ObjectProvider<TelegramDelivery> telegram, MailOutbox outbox, OfficeClock clock) {
        this.delivery = delivery;
        this.whatsApp = whatsApp;
        this.telegram = telegram;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${layanan.mail.delivery.interval:PT1S}", initialDelayString = "PT2S")
    void deliver() {
        try {
            delivery.deliverDue();
            // WhatsApp and Telegram when configured: their rows wait for the API as mail waits for the SMTP server
            whatsApp.ifAvailable(WhatsAppDelivery::deliverDue);
            telegram.ifAvailable(TelegramDelivery::deliverDue);
        } catch (RuntimeException e) {
            // e.g. the database briefly unreachable: the messages stay in the outbox for the next round
            LOG.warn("Outbox delivery interrupted: {}", e.getClass().getSimpleName());
        }
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void deleteOld() {
        outbox.deleteDeliveredBefore(clock.now().minus(MailOutbox.KEPT_AFTER_DELIVERY));
    }
}

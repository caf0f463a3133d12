package id.layanankecamatan.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.calendar.OfficeClock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** The WhatsApp channel and its delivery, only when the Cloud API is configured (WHATSAPP_TOKEN, _PHONE_NUMBER_ID). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(WhatsAppProperties.CHANNEL_ON)
class WhatsAppConfiguration {

    @Bean
    WhatsAppNoticeChannel whatsAppNoticeChannel(MailOutbox outbox, OfficeClock clock, WhatsAppProperties properties,
                                                ObjectMapper json) {
        return new WhatsAppNoticeChannel(outbox, clock, properties, json);
    }

    @Bean
    WhatsAppDelivery whatsAppDelivery(ProviderOutbox rows, MailOutbox outbox, TransactionTemplate transaction,
                                      OfficeClock clock, WhatsAppProperties properties, ObjectMapper json) {
        return new WhatsAppDelivery(rows, outbox, new WhatsAppCloudApi(properties, json), transaction, clock,
                properties, json);
    }
}

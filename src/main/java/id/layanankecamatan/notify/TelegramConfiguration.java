package id.layanankecamatan.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.calendar.OfficeClock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** The Telegram channel, its delivery and its webhook, only when the bot is configured (TELEGRAM_BOT_TOKEN, _NAME). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(TelegramProperties.CHANNEL_ON)
class TelegramConfiguration {

    @Bean
    TelegramNoticeChannel telegramNoticeChannel(MailOutbox outbox, TelegramLinks links, OfficeClock clock) {
        return new TelegramNoticeChannel(outbox, links, clock);
    }

    @Bean
    TelegramDelivery telegramDelivery(ProviderOutbox rows, MailOutbox outbox, TransactionTemplate transaction,
                                      OfficeClock clock, TelegramProperties properties, ObjectMapper json) {
        return new TelegramDelivery(rows, outbox, new TelegramBotApi(properties, json), transaction, clock,
                properties);
    }

    @Bean
    TelegramConversation telegramConversation(TelegramLinks links, TelegramNoticeChannel channel) {
        return new TelegramConversation(links, channel);
    }
}

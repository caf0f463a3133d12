package id.layanankecamatan.notify;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Telegram bot (layanan.telegram, from the TELEGRAM_* environment): the channel is on when the bot's token and
 * its username ({@code botName}, for the t.me link) are set. {@code webhookSecret}: the secret_token given to
 * setWebhook, which Telegram sends back in every webhook call; without it the webhook accepts nothing.
 */
@ConfigurationProperties("layanan.telegram")
public record TelegramProperties(String botToken, String botName, String webhookSecret, URI apiBase,
                                 Duration timeout, Duration maxAge) {

    /** Spring expression: whether the channel is configured. */
    static final String CHANNEL_ON = "!'${layanan.telegram.bot-token:}'.isEmpty() "
            + "and !'${layanan.telegram.bot-name:}'.isEmpty()";

    public TelegramProperties {
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        maxAge = maxAge == null ? Duration.ofHours(24) : maxAge;
        apiBase = apiBase == null ? URI.create("https://api.telegram.org") : apiBase;
        botName = botName == null ? null : botName.strip().replaceFirst("^@", "");
    }

    /** Whether the channel is on (see {@link #CHANNEL_ON}). */
    public boolean on() {
        return botToken != null && !botToken.isBlank() && botName != null && !botName.isBlank();
    }
}

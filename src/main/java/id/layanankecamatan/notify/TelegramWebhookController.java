package id.layanankecamatan.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bot's webhook (set with setWebhook and its secret_token): Telegram sends every update with the header
 * {@code X-Telegram-Bot-Api-Secret-Token}; a call without the configured secret is refused (401) and changes nothing.
 * A text from a private chat is answered by {@link TelegramConversation}; every authentic update is answered 200,
 * also one we ignore, as Telegram retries anything else. Outside CSRF (Telegram posts it, no session).
 */
@RestController
@ConditionalOnExpression(TelegramProperties.CHANNEL_ON)
class TelegramWebhookController {

    static final String PATH = "/webhooks/telegram";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger LOG = LoggerFactory.getLogger(TelegramWebhookController.class);

    private final TelegramProperties properties;
    private final TelegramConversation conversation;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;

    TelegramWebhookController(TelegramProperties properties, TelegramConversation conversation, ObjectMapper json,
                              TransactionTemplate transaction) {
        this.properties = properties;
        this.conversation = conversation;
        this.json = json;
        this.transaction = transaction;
    }

    @PostMapping(PATH)
    ResponseEntity<Void> update(@RequestHeader(name = SECRET_HEADER, required = false) String secret,
                                @RequestBody(required = false) byte[] body) {
        if (!fromTelegram(secret)) {
            LOG.warn("Telegram webhook call without the configured secret refused");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        JsonNode message;
        try {
            message = body == null ? null : json.readTree(body).path("message");
        } catch (IOException e) {
            // not an update: answered 200 all the same, or Telegram would send it again and again
            LOG.info("Telegram webhook call with a body that is no update ignored");
            return ResponseEntity.ok().build();
        }
        if (message != null && message.path("chat").path("type").asText("").equals("private")
                && message.path("chat").path("id").canConvertToLong() && message.path("text").isTextual()) {
            long chat = message.path("chat").path("id").asLong();
            String text = message.path("text").asText();
            transaction.executeWithoutResult(s -> conversation.answer(chat, text));
        }
        return ResponseEntity.ok().build();
    }

    /** Constant-time comparison with the configured secret; without one configured, nothing is accepted. */
    boolean fromTelegram(String given) {
        String expected = properties.webhookSecret();
        if (expected == null || expected.isBlank() || given == null) {
            return false;
        }
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}

package id.layanankecamatan.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Cloud API's webhook: Meta's subscription handshake (GET, the verify token) and the status callbacks (POST),
 * each signed with the app secret over the raw body ({@code X-Hub-Signature-256: sha256=<hex>}). A callback without
 * a valid signature changes nothing. Outside CSRF (Meta posts it, no session), on only when configured.
 */
@RestController
@ConditionalOnExpression(WhatsAppProperties.WEBHOOK_ON)
class WhatsAppWebhookController {

    static final String PATH = "/webhooks/whatsapp";
    private static final Logger LOG = LoggerFactory.getLogger(WhatsAppWebhookController.class);
    private static final Set<String> STATUSES = Set.of("sent", "delivered", "read", "failed");

    private final WhatsAppProperties properties;
    private final WhatsAppOutbox outbox;
    private final ObjectMapper json;

    WhatsAppWebhookController(WhatsAppProperties properties, WhatsAppOutbox outbox, ObjectMapper json) {
        this.properties = properties;
        this.outbox = outbox;
        this.json = json;
    }

    @GetMapping(value = PATH, produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> verify(@RequestParam(name = "hub.mode", required = false) String mode,
                                  @RequestParam(name = "hub.verify_token", required = false) String token,
                                  @RequestParam(name = "hub.challenge", required = false) String challenge) {
        if ("subscribe".equals(mode) && token != null && challenge != null && MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), properties.verifyToken().getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.ok(challenge);
        }
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body("");
    }

    @PostMapping(PATH)
    ResponseEntity<Void> callback(@RequestHeader(name = "X-Hub-Signature-256", required = false) String signature,
                                  @RequestBody(required = false) byte[] body) throws IOException {
        if (body == null || !signedWithAppSecret(signature, body)) {
            LOG.warn("WhatsApp webhook call without a valid signature refused");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        for (JsonNode entry : json.readTree(body).path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                for (JsonNode status : change.path("value").path("statuses")) {
                    record(status);
                }
            }
        }
        return ResponseEntity.ok().build();
    }

    private void record(JsonNode status) {
        String id = status.path("id").asText("");
        String state = status.path("status").asText("");
        if (id.isEmpty() || !STATUSES.contains(state)) {
            return;
        }
        long epoch = status.path("timestamp").asLong(0);
        OffsetDateTime at = epoch > 0 ? Instant.ofEpochSecond(epoch).atOffset(ZoneOffset.UTC)
                : OffsetDateTime.now(ZoneOffset.UTC);
        if (!outbox.reported(id, state, at)) {
            LOG.info("WhatsApp status {} for a message not in the outbox (delivered and deleted, or not ours)", state);
        }
    }

    /** Constant-time comparison of the HMAC-SHA256 of the raw body, keyed with the app secret. */
    boolean signedWithAppSecret(String header, byte[] body) {
        if (header == null || !header.startsWith("sha256=")) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.substring("sha256=".length()).trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(given, hmac(properties.appSecret(), body));
    }

    static byte[] hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

package id.layanankecamatan.notify;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The WhatsApp Cloud API account (layanan.whatsapp, from the WHATSAPP_* environment): the channel is on when the
 * token and the phone number id are set, the status webhook when the app secret and the verify token are set.
 * {@code templates}: per notice (its BPMN name) the approved template and which facts fill its body, in order.
 */
@ConfigurationProperties("layanan.whatsapp")
public record WhatsAppProperties(String token, String phoneNumberId, String appSecret, String verifyToken,
                                 URI apiBase, String language, Duration timeout, Duration maxAge,
                                 Map<String, Template> templates) {

    /** Spring expression: whether the channel is configured. */
    static final String CHANNEL_ON = "!'${layanan.whatsapp.token:}'.isEmpty() "
            + "and !'${layanan.whatsapp.phone-number-id:}'.isEmpty()";
    /** Spring expression: whether the webhook is configured. */
    static final String WEBHOOK_ON = "!'${layanan.whatsapp.app-secret:}'.isEmpty() "
            + "and !'${layanan.whatsapp.verify-token:}'.isEmpty()";

    public WhatsAppProperties {
        templates = templates == null ? Map.of() : Map.copyOf(templates);
        language = language == null || language.isBlank() ? "id" : language;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        maxAge = maxAge == null ? Duration.ofHours(24) : maxAge;
        apiBase = apiBase == null ? URI.create("https://graph.facebook.com/v21.0") : apiBase;
    }

    /** An approved message template and the notice facts that fill its body parameters {{1}}, {{2}} … */
    public record Template(String name, List<String> parameters) {

        public Template {
            parameters = parameters == null ? List.of() : List.copyOf(parameters);
        }
    }
}

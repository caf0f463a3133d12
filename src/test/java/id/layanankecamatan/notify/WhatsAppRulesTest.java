package id.layanankecamatan.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The WhatsApp rules that need no server: numbers, parameters, the configured templates, the webhook signature. */
@Tag("fast")
class WhatsAppRulesTest {

    @Test
    void indonesianMobileNumbersAreWrittenInE164WithoutPlus() {
        assertThat(PhoneNumbers.e164("081234567890")).isEqualTo("6281234567890");
        assertThat(PhoneNumbers.e164("6281234567890")).isEqualTo("6281234567890");
        assertThat(PhoneNumbers.e164("+62 812-3456-7890")).isEqualTo("6281234567890");
        assertThat(PhoneNumbers.e164("0211234567")).isNull(); // a landline has no WhatsApp of the office's kind
        assertThat(PhoneNumbers.e164("12345")).isNull();
        assertThat(PhoneNumbers.e164(null)).isNull();
    }

    @Test
    void aParameterIsNeverEmptyAndNeverCarriesANik() {
        assertThat(WhatsAppNoticeChannel.text(null)).isEqualTo("-");
        assertThat(WhatsAppNoticeChannel.text(" ")).isEqualTo("-");
        assertThat(WhatsAppNoticeChannel.text("NIK 1277035505900001 tidak terbaca"))
                .isEqualTo("NIK **************** tidak terbaca");
    }

    @Test
    void aNoticeWithoutTemplateOrWithAFactItDoesNotOfferStopsTheStart() {
        Map<String, WhatsAppProperties.Template> templates = Map.of(
                "received", new WhatsAppProperties.Template("layanan_diterima", List.of("name", "nik")));
        assertThatThrownBy(() -> WhatsAppNoticeChannel.check(properties(templates)))
                .hasMessageContaining("layanan.whatsapp.templates.received: nik is not offered")
                .hasMessageContaining("layanan.whatsapp.templates.issued.name is missing");
    }

    @Test
    void onlyTheHmacOfTheRawBodyWithTheAppSecretIsAValidSignature() {
        WhatsAppWebhookController webhook = new WhatsAppWebhookController(properties(Map.of()), null, null);
        byte[] body = "{\"entry\":[]}".getBytes(StandardCharsets.UTF_8);
        String valid = "sha256=" + HexFormat.of().formatHex(WhatsAppWebhookController.hmac("app-secret", body));

        assertThat(webhook.signedWithAppSecret(valid, body)).isTrue();
        assertThat(webhook.signedWithAppSecret(valid, "{\"entry\":[{}]}".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(webhook.signedWithAppSecret(valid.replace("sha256=", "sha1="), body)).isFalse();
        assertThat(webhook.signedWithAppSecret("sha256=zz", body)).isFalse();
        assertThat(webhook.signedWithAppSecret(null, body)).isFalse();
    }

    private static WhatsAppProperties properties(Map<String, WhatsAppProperties.Template> templates) {
        return new WhatsAppProperties("t", "1", "app-secret", "v", URI.create("http://localhost"), "id",
                Duration.ofSeconds(1), Duration.ofHours(1), templates);
    }
}

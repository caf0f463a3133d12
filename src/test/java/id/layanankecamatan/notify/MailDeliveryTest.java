package id.layanankecamatan.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The rules of delivery that need no server: the message's identity and the waits between attempts. */
@Tag("fast")
class MailDeliveryTest {

    @Test
    void everyAttemptAtOneMessageHasTheSameMessageIdAndOtherMessagesAnother() {
        assertThat(MailDelivery.messageId(7, "layanan@kecamatan.example.go.id"))
                .isEqualTo(MailDelivery.messageId(7, "layanan@kecamatan.example.go.id"))
                .isEqualTo("<outbox.7@kecamatan.example.go.id>")
                .isNotEqualTo(MailDelivery.messageId(8, "layanan@kecamatan.example.go.id"));
        assertThat(MailDelivery.messageId(7, "Kantor Camat <layanan@kecamatan.example.go.id>"))
                .isEqualTo("<outbox.7@kecamatan.example.go.id>");
    }

    @RepeatedTest(20)
    void theWaitRoughlyDoublesFromHalfAMinuteToAnHourWithJitter() {
        assertThat(MailDelivery.backoff(1)).isBetween(Duration.ofMillis(22_500), Duration.ofMillis(37_500));
        assertThat(MailDelivery.backoff(2)).isBetween(Duration.ofSeconds(45), Duration.ofSeconds(75));
        assertThat(MailDelivery.backoff(5)).isBetween(Duration.ofMinutes(6), Duration.ofMinutes(10));
        assertThat(MailDelivery.backoff(11)).isBetween(Duration.ofMinutes(45), Duration.ofMinutes(75));
        assertThat(MailDelivery.backoff(40)).isBetween(Duration.ofMinutes(45), Duration.ofMinutes(75));
    }
}

package id.layanankecamatan.staff;

import id.layanankecamatan.api.ApiController;
import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.notify.MailOutbox;
import java.time.Duration;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;


/**
 * Messages to applicants that never arrived, for the camat's Cockpit view beside the service standards (issue 14):
 * a message is never dropped silently. Under /api/v1/sla, so the same staff login reads it; no text, address or
 * name, only which application, channel and notice.
 */
@ApiController
class UndeliveredMessagesController {

    static final Duration SHOWN_FOR = Duration.ofDays(30);
    private static final int MAX_SHOWN = 100;

    private final MailOutbox outbox;
    private final OfficeClock clock;

    UndeliveredMessagesController(MailOutbox outbox, OfficeClock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @GetMapping("/api/v1/sla/undelivered-messages")
    List<UndeliveredMessage> undelivered() {
        return outbox.undeliveredSince(clock.now().minus(SHOWN_FOR), MAX_SHOWN).stream()
                .map(u -> new UndeliveredMessage(u.registrationNumber(), SentMessage.of(u.notice()))).toList();
    }

    /** One message that did not reach its applicant, worded as on the application's page. */
    record UndeliveredMessage(String registrationNumber, String channel, String event, String status,
                              java.time.OffsetDateTime at) {

        UndeliveredMessage(String registrationNumber, SentMessage message) {
            this(registrationNumber, message.channel(), message.event(), message.status(), message.at());
        }
    }
}

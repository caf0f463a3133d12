package id.layanankecamatan.observability;

import id.layanankecamatan.notify.MailTransport;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.mail.internet.MimeMessage;

/**
 * Times every attempt to hand an outbox message to the mail server ({@code layanan.outbox.delivery}, outcome sent
 * or failed; the count per outcome is the counter of deliveries). A failed attempt is retried by the outbox later.
 */
public final class TimedMailTransport implements MailTransport {

    static final String DELIVERY = "layanan.outbox.delivery";

    private final MailTransport transport;
    private final Timer sent;
    private final Timer failed;

    public TimedMailTransport(MailTransport transport, MeterRegistry registry) {
        this.transport = transport;
        this.sent = timer(registry, "sent");
        this.failed = timer(registry, "failed");
    }

    private static Timer timer(MeterRegistry registry, String outcome) {
        return Timer.builder(DELIVERY).description("Attempts to deliver an outbox message to the mail server")
                .tag("outcome", outcome).register(registry);
    }

    @Override
    public void send(MimeMessage message) {
        long start = System.nanoTime();
        try {
            transport.send(message);
        } catch (RuntimeException e) {
            failed.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
            throw e;
        }
        sent.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}

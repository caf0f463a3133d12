package id.layanankecamatan.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import id.layanankecamatan.observability.TimedMailTransport;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration
public class MailConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(MailConfiguration.class);
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        // Jakarta Mail looks its StreamProvider up with a ServiceLoader for every message and part it writes (a scan
        // of every jar, nested jars in the packaged application); naming the one that lookup finds (Angus Mail's)
        // makes it a plain instantiation
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    /**
     * SMTP when spring.mail.host is set; otherwise every mail is written as an .eml file to the outbox folder. Each
     * attempt is timed (layanan.outbox.delivery).
     */
    @Bean
    MailTransport mailTransport(ObjectProvider<JavaMailSender> smtp, @Value("${layanan.mail.outbox-dir}") Path outbox,
                                MeterRegistry meters) {
        return new TimedMailTransport(transport(smtp, outbox), meters);
    }

    private static MailTransport transport(ObjectProvider<JavaMailSender> smtp, Path outbox) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender != null) {
            return sender::send;
        }
        LOG.info("No SMTP server configured: mails are written to {}", outbox.toAbsolutePath());
        return message -> writeToFolder(message, outbox);
    }

    private static void writeToFolder(MimeMessage message, Path outbox) {
        try {
            Files.createDirectories(outbox);
            Path file = outbox.resolve(System.currentTimeMillis() + "-" + UUID.randomUUID() + ".eml");
            try (OutputStream out = Files.newOutputStream(file)) {
                message.writeTo(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

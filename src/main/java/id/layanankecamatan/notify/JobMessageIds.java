package id.layanankecamatan.notify;

import id.layanankecamatan.application.Hashes;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * The Message-ID of a mail sent by a job (every notification is an asynchronous step): derived from the job, so
 * that when the job runs again after a crash between its send and its commit (a send cannot be rolled back), the
 * second delivery carries the same Message-ID and mail programs show one message. Mails sent outside a job keep
 * the usual random id.
 */
final class JobMessageIds {

    private JobMessageIds() {
    }

    /** e.g. {@code <job.6b3c8820-ee1c-11f1-a0c2-02fc00000001.5d41402abc4b2a76@kecamatan.example.go.id>} */
    static Optional<String> forCurrentJob(OutgoingMail mail, String from) {
        CommandContext command = Context.getCommandContext();
        JobEntity job = command == null ? null : command.getCurrentJob();
        return job == null ? Optional.empty() : Optional.of(of(job.getId(), mail, from));
    }

    /** One job may mail several people: the recipient and subject tell its mails apart. */
    static String of(String jobId, OutgoingMail mail, String from) {
        String which = Hashes.sha256((mail.to() + "\n" + mail.subject()).getBytes(StandardCharsets.UTF_8))
                .substring(0, 16);
        return "<job." + jobId + "." + which + "@" + domain(from) + ">";
    }

    /** The sender's domain, also when the sender is written "Name <address>". */
    private static String domain(String from) {
        try {
            String address = new InternetAddress(from).getAddress();
            return address.substring(address.indexOf('@') + 1);
        } catch (AddressException e) {
            return "layanan.invalid";
        }
    }
}

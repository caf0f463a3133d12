package id.layanankecamatan.notify;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Mails;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox keeps what it could not deliver: a mail server that is down costs time, not messages. A message
 * written in a transaction that rolls back never goes out.
 */
class MailOutboxTest extends IntegrationTest {

    @Autowired
    Mailer mailer;
    @Autowired
    MailOutbox outbox;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    OfficeClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aMailServerThatIsDownDelaysTheMessageAndDeliversItOnceWhenItIsBack() {
        receivedMails(); // nothing of other tests left waiting
        mailer.send(new OutgoingMail("warga@example.com", "Uji antrean 1", "isi", null, null));
        MailDelivery down = new MailDelivery(outbox, message -> {
            throw new IllegalStateException("connection refused");
        }, transaction, "layanan@kecamatan.example.go.id", clock);

        assertThat(down.deliverDue()).isZero();
        Map<String, Object> row = row("Uji antrean 1");
        assertThat(row).containsEntry("status", "PENDING").containsEntry("attempts", 1)
                .containsEntry("last_error", "IllegalStateException");
        assertThat(((java.sql.Timestamp) row.get("next_attempt_at")).toInstant())
                .isAfter(clock.now().plus(Duration.ofSeconds(20)).toInstant());

        // the server is back and the wait is over: delivered once, and marked
        jdbc.sql("UPDATE outbox_message SET next_attempt_at = ? WHERE subject = 'Uji antrean 1'")
                .param(clock.now().minusSeconds(1)).update();
        int before = mail.getReceivedMessages().length;
        assertThat(receivedMails()).hasSize(before + 1);
        assertThat(Mails.subject(receivedMails()[before])).isEqualTo("Uji antrean 1");
        assertThat(row("Uji antrean 1")).containsEntry("status", "SENT").containsEntry("attempts", 2);
        assertThat(receivedMails()).hasSize(before + 1);
    }

    @Test
    void afterTheLastAttemptTheMessageIsMarkedFailedAndLeftForTheOperator() {
        receivedMails();
        mailer.send(new OutgoingMail("warga@example.com", "Uji antrean 2", "isi", null, null));
        MailDelivery down = new MailDelivery(outbox, message -> {
            throw new IllegalStateException("connection refused");
        }, transaction, "layanan@kecamatan.example.go.id", clock);

        for (int attempt = 1; attempt <= MailDelivery.ATTEMPTS; attempt++) {
            jdbc.sql("UPDATE outbox_message SET next_attempt_at = ? WHERE subject = 'Uji antrean 2'")
                    .param(clock.now().minusSeconds(1)).update();
            down.deliverDue();
        }

        assertThat(row("Uji antrean 2")).containsEntry("status", "FAILED")
                .containsEntry("attempts", MailDelivery.ATTEMPTS);
        int before = mail.getReceivedMessages().length;
        assertThat(receivedMails()).hasSize(before);
    }

    @Test
    void aMessageOfAChangeThatRolledBackIsNeverSent() {
        receivedMails();
        transaction.executeWithoutResult(status -> {
            mailer.send(new OutgoingMail("warga@example.com", "Uji antrean 3", "isi", null, null));
            status.setRollbackOnly();
        });

        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE subject = 'Uji antrean 3'")
                .query(Long.class).single()).isZero();
        assertThat(receivedMails()).noneMatch(m -> Mails.subject(m).equals("Uji antrean 3"));
    }

    private Map<String, Object> row(String subject) {
        return jdbc.sql("SELECT status, attempts, last_error, next_attempt_at FROM outbox_message WHERE subject = ?")
                .param(subject).query().singleRow();
    }
}

package id.layanankecamatan.complaint;

import id.layanankecamatan.PublicUrl;
import id.layanankecamatan.notify.Mailer;
import id.layanankecamatan.notify.MessageTexts;
import id.layanankecamatan.notify.OutgoingMail;
import id.layanankecamatan.notify.RenderedMessage;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Mails the complainant the outcome of a step through the outbox (sent after commit), only when they gave an
 * e-mail address and only while the complaint is still in the status the notice tells of (the complainant may have
 * completed it before an asynchronous notice left). BPMN: {@code ${notifyComplainant}}, input {@code complaintNotice}.
 */
@Component("notifyComplainant")
public class ComplaintMail implements JavaDelegate {

    static final String TEMPLATES = "notices/complaint-mail";

    private final ComplaintProgress complaints;
    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final PublicUrl publicUrl;
    private final MessageTexts<ComplaintNotice> texts;

    public ComplaintMail(ComplaintProgress complaints, JdbcClient jdbc, Mailer mailer, PublicUrl publicUrl) {
        this.complaints = complaints;
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.publicUrl = publicUrl;
        this.texts = MessageTexts.load(TEMPLATES, ComplaintNotice.class, true);
    }

    @Override
    public void execute(DelegateExecution execution) {
        send(ComplaintNotice.fromBpmn((String) execution.getVariable(ComplaintIds.VAR_NOTICE)),
                execution.getProcessBusinessKey());
    }

    void send(ComplaintNotice notice, String number) {
        ComplaintProgress.Handled complaint = complaints.find(number).orElseThrow(() -> ComplaintProgress.missing(number));
        Optional<String> to = complaints.email(number);
        if (to.isEmpty() || !notice.appliesTo(complaint.status())) {
            return;
        }
        Map<String, String> values = new HashMap<>();
        values.put("number", number);
        values.put("trackingUrl", publicUrl.of("/pengaduan/lacak?nomor=" + number));
        if (notice.placeholders().contains("note")) {
            latestPublicNote(complaint.id(), notice.status()).ifPresent(note -> values.put("note", note));
        }
        if (notice == ComplaintNotice.REPLIED) {
            complaints.replyText(number).ifPresent(reply -> values.put("reply", reply));
            if (complaint.reopenedAt() == null) {
                values.put("reopenDays", Integer.toString(ComplaintRules.REOPEN_DAYS));
            }
        }
        RenderedMessage message = texts.compose(notice, values);
        mailer.send(new OutgoingMail(to.get(), message.subject(), message.body(), null, null));
    }

    private Optional<String> latestPublicNote(long complaintId, ComplaintStatus status) {
        return jdbc.sql("""
                SELECT note FROM complaint_event WHERE complaint_id = ? AND status = ? AND public_note = TRUE
                ORDER BY occurred_at DESC, id DESC FETCH FIRST 1 ROWS ONLY""")
                .params(complaintId, status.name()).query(String.class).optional();
    }
}

package id.layanankecamatan.complaint;

import id.layanankecamatan.PublicUrl;
import id.layanankecamatan.notify.Mailer;
import id.layanankecamatan.notify.MessageKind;
import id.layanankecamatan.notify.MessageTexts;
import id.layanankecamatan.notify.OutgoingMail;
import id.layanankecamatan.notify.RenderedMessage;
import id.layanankecamatan.web.IndonesianDates;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The receipt of a complaint by mail (number, tracking code, tracking link), written to the outbox in the
 * transaction that stores the complaint, only when the complainant gave an address. Texts in
 * {@code notices/complaint-receipt-mail/}; the handling process sends its own notices with {@link ComplaintMail}.
 */
@Component
public class ComplaintReceiptMail {

    static final String TEMPLATES = "notices/complaint-receipt-mail";

    /** The mails of intake. */
    enum Kind implements MessageKind {
        RECEIVED("received", Set.of("name", "type", "number", "trackingCode", "trackingUrl", "verificationDue"));

        private final String templateName;
        private final Set<String> placeholders;

        Kind(String templateName, Set<String> placeholders) {
            this.templateName = templateName;
            this.placeholders = placeholders;
        }

        @Override
        public String templateName() {
            return templateName;
        }

        @Override
        public Set<String> placeholders() {
            return placeholders;
        }
    }

    private final Mailer mailer;
    private final PublicUrl publicUrl;
    private final IndonesianDates dates;
    private final MessageTexts<Kind> texts;

    public ComplaintReceiptMail(Mailer mailer, PublicUrl publicUrl, IndonesianDates dates) {
        this.mailer = mailer;
        this.publicUrl = publicUrl;
        this.dates = dates;
        this.texts = MessageTexts.load(TEMPLATES, Kind.class, true);
    }

    /** Nothing when the complainant gave no mail address. */
    void sendReceipt(Complaint complaint) {
        if (complaint.complainantEmail() == null) {
            return;
        }
        RenderedMessage message = texts.compose(Kind.RECEIVED, Map.of(
                "name", complaint.complainantName() == null ? "Bapak/Ibu" : complaint.complainantName(),
                "type", complaint.type().label(),
                "number", complaint.number(),
                "trackingCode", complaint.trackingCode(),
                "trackingUrl", trackingUrl(complaint.number()),
                "verificationDue", dates.deadline(complaint.verificationDue())));
        mailer.send(new OutgoingMail(complaint.complainantEmail(), message.subject(), message.body(), null, null));
    }

    /** Where the complainant follows the complaint (the page asks for the tracking code). */
    public String trackingUrl(String number) {
        return publicUrl.of("/pengaduan/lacak?nomor=" + number);
    }
}

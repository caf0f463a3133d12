package id.layanankecamatan.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.application.ApplicantData;
import id.layanankecamatan.application.Application;
import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.document.LetterDownload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The applicant's notices on WhatsApp (issue 14): each as the approved template configured for it, its body
 * parameters the notice's facts; the signed letter goes with the letter notice as a document. Written to the
 * outbox (channel WHATSAPP) in the caller's transaction, sent by {@link WhatsAppDelivery}. Built only when the
 * Cloud API is configured ({@link WhatsAppConfiguration}).
 */
class WhatsAppNoticeChannel implements NoticeChannel {

    static final String WHATSAPP = "WHATSAPP";

    private final MailOutbox outbox;
    private final OfficeClock clock;
    private final WhatsAppProperties properties;
    private final ObjectMapper json;

    WhatsAppNoticeChannel(MailOutbox outbox, OfficeClock clock, WhatsAppProperties properties,
                          ObjectMapper json) {
        this.outbox = outbox;
        this.clock = clock;
        this.properties = properties;
        this.json = json;
        check(properties);
    }

    /** Every notice needs a template whose parameters it offers: otherwise the start stops, naming the problems. */
    static void check(WhatsAppProperties properties) {
        List<String> problems = new ArrayList<>();
        for (Notice notice : Notice.values()) {
            WhatsAppProperties.Template template = properties.templates().get(notice.bpmnName());
            if (template == null || template.name() == null || template.name().isBlank()) {
                problems.add("layanan.whatsapp.templates." + notice.bpmnName() + ".name is missing");
                continue;
            }
            template.parameters().stream().filter(p -> !notice.placeholders().contains(p))
                    .forEach(p -> problems.add("layanan.whatsapp.templates." + notice.bpmnName() + ": " + p
                            + " is not offered; " + notice.name() + " offers " + notice.placeholders()));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("WhatsApp templates that cannot be sent:\n- "
                    + String.join("\n- ", problems));
        }
    }

    @Override
    public boolean chosenBy(Application application) {
        return application.applicant().wants(ApplicantData.WHATSAPP);
    }

    @Override
    public boolean reaches(Application application) {
        return PhoneNumbers.e164(application.applicant().phone()) != null;
    }

    @Override
    public void send(Application application, NoticeFacts facts) {
        WhatsAppProperties.Template template = properties.templates().get(facts.notice().bpmnName());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("parameters", template.parameters().stream().map(p -> text(facts.values().get(p))).toList());
        if (facts.hasLetter()) {
            body.put("caption", text("Surat " + facts.values().get("service") + " nomor "
                    + facts.values().get("letterNumber")));
        }
        OutgoingMail message = new OutgoingMail(PhoneNumbers.e164(application.applicant().phone()), template.name(),
                toJson(body), facts.hasLetter() ? LetterDownload.fileName(facts.letter()) : null,
                facts.hasLetter() ? facts.letter().pdf() : null);
        // not through Mailer: the recipient is a number, not a mail address
        outbox.add(WHATSAPP, message, new MailOutbox.NoticeRef(application.id(), facts.notice().bpmnName()),
                clock.now());
    }

    /** The Cloud API refuses an empty parameter: an absent fact is a dash. */
    static String text(String value) {
        return value == null || value.isBlank() ? "-" : NoNik.masked(value);
    }

    private String toJson(Map<String, Object> body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

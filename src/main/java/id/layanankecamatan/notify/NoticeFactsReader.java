package id.layanankecamatan.notify;

import id.layanankecamatan.PublicUrl;
import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationEvent;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.document.Letter;
import id.layanankecamatan.document.LetterRepository;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Reads from the application's records what a notice says: exactly the placeholders the {@link Notice} offers. */
@Component
public class NoticeFactsReader {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm",
            Locale.forLanguageTag("id"));

    private final ApplicationRepository applications;
    private final LetterRepository letters;
    private final ServiceCatalog catalog;
    private final PublicUrl publicUrl;
    private final OfficeClock clock;
    private final TelegramLinks telegram;

    public NoticeFactsReader(ApplicationRepository applications, LetterRepository letters, ServiceCatalog catalog,
                             PublicUrl publicUrl, OfficeClock clock, TelegramLinks telegram) {
        this.applications = applications;
        this.letters = letters;
        this.catalog = catalog;
        this.publicUrl = publicUrl;
        this.clock = clock;
        this.telegram = telegram;
    }

    public NoticeFacts read(Notice notice, Application application) {
        String number = application.registrationNumber();
        Map<String, String> values = new HashMap<>();
        values.put("name", application.applicant().name());
        values.put("service", catalog.get(application.serviceCode()).name());
        values.put("number", number);
        values.put("trackingUrl", publicUrl.of("/lacak?nomor=" + number));
        Letter letter = null;
        switch (notice) {
            case RECEIVED -> {
                values.put("trackingCode", application.trackingCode());
                // the receipt (mail) carries a Telegram deep link of its own when the bot is on: absent otherwise
                telegram.create(application.id()).ifPresent(link -> values.put("telegramUrl", link.url()));
            }
            case RETURNED -> {
                values.put("note", lastNote(application));
                values.put("correctionDue", officeTime(application.correctionDue()));
            }
            case REMINDER -> values.put("correctionDue", officeTime(application.correctionDue()));
            case REJECTED -> {
                values.put("note", lastNote(application));
                values.put("surveyUrl", surveyUrl(number));
                values.put("complaintUrl", complaintUrl(number));
            }
            case CLOSED -> {
                // the common facts say it all
            }
            case ISSUED -> {
                letter = letters.findByApplicationId(application.id()).orElseThrow(() -> new IllegalStateException(
                        "Permohonan " + number + " berstatus terbit, tetapi suratnya tidak ada di tabel letter."));
                values.put("letterNumber", letter.number());
                values.put("verificationUrl", letter.verificationCode() == null ? null
                        : publicUrl.of("/verifikasi/" + letter.verificationCode()));
                values.put("surveyUrl", surveyUrl(number));
                values.put("complaintUrl", complaintUrl(number));
            }
        }
        return new NoticeFacts(notice, values, letter);
    }

    /** The satisfaction survey of a finished application (PermenPAN-RB 14/2017); it asks for the tracking code. */
    private String surveyUrl(String number) {
        return publicUrl.of("/survei/" + number);
    }

    /** The complaint form about this application, its number filled in (UU 25/2009 Pasal 36). */
    private String complaintUrl(String number) {
        return publicUrl.of("/pengaduan?nomor=" + number);
    }

    /** "3 Juni 2037, 16:00 WITA": the office's wall clock, named, since the citizen may live elsewhere. */
    private String officeTime(OffsetDateTime time) {
        return time == null ? "-" : DATE.format(time.atZoneSameInstant(clock.zone())) + " " + clock.abbreviation();
    }

    /** The officer's note that put the application in its present status. */
    private String lastNote(Application application) {
        List<ApplicationEvent> events = applications.events(application.id());
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).status() == application.status() && events.get(i).note() != null) {
                return events.get(i).note();
            }
        }
        return "-";
    }
}

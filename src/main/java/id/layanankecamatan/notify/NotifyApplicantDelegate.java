package id.layanankecamatan.notify;

import id.layanankecamatan.PublicUrl;
import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationEvent;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ApplicationStatus;
import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.document.Letter;
import id.layanankecamatan.document.LetterDownload;
import id.layanankecamatan.document.LetterRepository;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * BPMN: the task_notify_* service tasks (asynchronous, so a mail server outage retries and shows as an incident
 * in Cockpit instead of undoing the officer's decision). The input parameter "notification" names the message.
 */
@Component("notifyApplicant")
public class NotifyApplicantDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(NotifyApplicantDelegate.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm",
            Locale.forLanguageTag("id"));

    private final ApplicationRepository applications;
    private final LetterRepository letters;
    private final ServiceCatalog catalog;
    private final Mailer mailer;
    private final PublicUrl publicUrl;
    private final OfficeClock clock;

    public NotifyApplicantDelegate(ApplicationRepository applications, LetterRepository letters, ServiceCatalog catalog,
                                   Mailer mailer, PublicUrl publicUrl, OfficeClock clock) {
        this.applications = applications;
        this.letters = letters;
        this.catalog = catalog;
        this.mailer = mailer;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Application application = applications.findByRegistrationNumber(execution.getProcessBusinessKey()).orElseThrow(() -> ApplicationRepository.missing(execution.getProcessBusinessKey()));
        if (application.applicant().email() == null) {
            // phone-only applicants: Telegram/WhatsApp come later; the tracking page always has the news
            LOG.info("No mail address for {}, nothing sent", application.registrationNumber());
            return;
        }
        String kind = (String) execution.getVariable("notification");
        if ("returned".equals(kind) && application.status() != ApplicationStatus.RETURNED) {
            // the citizen corrected (or withdrew) from the tracking page before this notice went out: a request to
            // correct by a deadline that no longer exists would only confuse
            LOG.info("{} no longer waits for a correction: the request for one is not sent",
                    application.registrationNumber());
            return;
        }
        mailer.send(compose(kind, application));
    }

    OutgoingMail compose(String kind, Application application) {
        String service = catalog.get(application.serviceCode()).name();
        String number = application.registrationNumber();
        String greeting = "Yth. " + application.applicant().name() + ",\n\n";
        String track = "\n\nLihat perkembangan permohonan di " + publicUrl.of("/lacak?nomor=" + number)
                + " dengan kode lacak Anda.\n\nSalam,\nKantor Camat";
        String to = application.applicant().email();
        return switch (kind) {
            case "received" -> new OutgoingMail(to, "Permohonan " + number + " diterima",
                    greeting + "permohonan " + service + " Anda telah kami terima dengan nomor registrasi " + number
                            + ". Kode lacak: " + application.trackingCode()
                            + " (simpan dan jangan berikan kepada orang lain). Petugas akan memeriksa berkas Anda."
                            + track, null, null);
            case "returned" -> new OutgoingMail(to, "Permohonan " + number + " perlu diperbaiki",
                    greeting + "permohonan " + service + " Anda dikembalikan untuk diperbaiki.\n\nCatatan petugas: "
                            + lastNote(application) + "\n\nKirim perbaikan paling lambat "
                            + officeTime(application.correctionDue())
                            + ". Tanpa perbaikan sampai batas itu, permohonan ditutup." + track, null, null);
            case "rejected" -> new OutgoingMail(to, "Permohonan " + number + " ditolak",
                    greeting + "dengan menyesal kami sampaikan bahwa permohonan " + service + " Anda ditolak.\n\nAlasan: "
                            + lastNote(application) + track, null, null);
            case "closed" -> new OutgoingMail(to, "Permohonan " + number + " ditutup",
                    greeting + "permohonan " + service + " Anda ditutup karena perbaikan tidak kami terima sampai batas "
                            + "waktu. Anda dapat mengajukan permohonan baru kapan saja." + track, null, null);
            case "issued" -> {
                Letter letter = letters.findByApplicationId(application.id()).orElseThrow(() -> new IllegalStateException(
                        "Permohonan " + number + " berstatus terbit, tetapi suratnya tidak ada di tabel letter."));
                yield new OutgoingMail(to, "Surat untuk permohonan " + number + " telah terbit",
                        greeting + service + " Anda telah ditandatangani dengan nomor surat " + letter.number()
                                + ". Surat terlampir dalam surel ini dan dapat diunduh di halaman lacak."
                                + (letter.verificationCode() == null ? "" : " Siapa pun yang menerima surat ini dapat "
                                + "memeriksa keasliannya di " + publicUrl.of("/verifikasi/" + letter.verificationCode())
                                + ".") + track,
                        LetterDownload.fileName(letter), letter.pdf());
            }
            default -> throw new IllegalArgumentException("Unknown notification '" + kind + "'");
        };
    }

    /** "3 Juni 2037, 16:00 WITA": the office's wall clock, named, since the citizen may live elsewhere. */
    private String officeTime(OffsetDateTime time) {
        return time == null ? "-" : DATE.format(time.atZoneSameInstant(clock.zone())) + " " + clock.abbreviation();
    }

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

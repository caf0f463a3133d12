package id.layanankecamatan.sla;

import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ServicePromise;
import id.layanankecamatan.web.IndonesianDates;
import org.springframework.stereotype.Component;

/**
 * What a staff form says about the completion time promised to the citizen: when, whether the clock stands
 * still, and the link to extend it where the catalogue allows one extension that has not been used.
 */
@Component
public class DeadlineText {

    private final ApplicationDeadlines deadlines;
    private final ServicePromise promise;
    private final IndonesianDates dates;

    public DeadlineText(ApplicationDeadlines deadlines, ServicePromise promise, IndonesianDates dates) {
        this.deadlines = deadlines;
        this.promise = promise;
        this.dates = dates;
    }

    public String of(Application application) {
        if (application.dueAt() == null) {
            return "-";
        }
        StringBuilder text = new StringBuilder("Dijanjikan selesai **" + dates.zoned(application.dueAt()) + "**");
        if (application.clockPausedAt() != null) {
            text.append(" (jam layanan berhenti: menunggu perbaikan pemohon)");
        }
        text.append('.');
        ApplicationDeadlines.Record record = deadlines.find(application.registrationNumber())
                .orElseThrow(() -> ApplicationRepository.missing(application.registrationNumber()));
        if (record.extendedAt() != null) {
            text.append(" Sudah diperpanjang oleh ").append(record.extendedBy()).append(": ")
                    .append(record.extensionReason());
        } else if (promise.allowedExtension(application).isPresent()) {
            text.append("\n\n[Perpanjang waktu penyelesaian (satu kali, dengan alasan)](/staff/permohonan/")
                    .append(application.registrationNumber()).append("/perpanjangan)");
        }
        return text.toString();
    }
}

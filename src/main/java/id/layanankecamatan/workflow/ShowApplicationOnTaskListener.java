package id.layanankecamatan.workflow;

import id.layanankecamatan.OfficeProperties;
import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationEvent;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.Attachment;
import id.layanankecamatan.application.AttachmentRepository;
import id.layanankecamatan.application.Nik;
import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceDefinition;
import id.layanankecamatan.sla.DeadlineText;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener (create): what the task form shows, as task-local variables. No personal data: the applicant's
 * NIK, name, address, contact and service data are on our own page behind "Buka data pemohon"
 * ({@code /staff/applications/{n}}), which checks who asks and logs it. Text the citizen wrote (the purpose, file
 * names) is escaped for Markdown and, like the timeline, never written to the engine's history
 * ({@code PersonalDataHistoryFilter}). Where the catalogue asks for it (a certificate of residence), a NIK issued
 * outside this kecamatan is pointed out above the link to the applicant's data: a warning, the officer decides.
 */
@Component("showApplicationOnTask")
public class ShowApplicationOnTaskListener implements TaskListener {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private final ApplicationRepository applications;
    private final AttachmentRepository attachments;
    private final ServiceCatalog catalog;
    private final DeadlineText deadlineText;
    private final OfficeClock clock;
    private final OfficeProperties office;

    public ShowApplicationOnTaskListener(ApplicationRepository applications, AttachmentRepository attachments,
                                         ServiceCatalog catalog, DeadlineText deadlineText, OfficeClock clock,
                                         OfficeProperties office) {
        this.applications = applications;
        this.attachments = attachments;
        this.catalog = catalog;
        this.deadlineText = deadlineText;
        this.clock = clock;
        this.office = office;
    }

    @Override
    public void notify(DelegateTask task) {
        String registrationNumber = task.getExecution().getProcessBusinessKey();
        Application application = applications.findByRegistrationNumber(registrationNumber).orElseThrow(() -> ApplicationRepository.missing(registrationNumber));
        ServiceDefinition service = catalog.get(application.serviceCode());
        Map<String, Object> shown = new HashMap<>();
        shown.put("registrationNumber", registrationNumber);
        shown.put("serviceName", service.name());
        shown.put("submittedAt", when(application.submittedAt()));
        shown.put("purpose", MarkdownText.escape(application.applicant().purpose()));
        shown.put("applicantDataLink", regionWarning(service, application)
                + "[Buka data pemohon](/staff/applications/%s)".formatted(registrationNumber));
        shown.put("documentLinks", documentLinks(registrationNumber, service, attachments.current(application.id())));
        shown.put("historyText", history(applications.events(application.id())));
        shown.put("deadlineText", deadlineText.of(application));
        shown.put("letterPreviewLink", "[Buka pratinjau surat (PDF)](/staff/applications/%s/letter-preview)"
                .formatted(registrationNumber));
        task.setVariablesLocal(shown);
        // a fresh decision each time: a returned and corrected application must not show the old answer
        task.getExecution().removeVariable(ProcessIds.VAR_DECISION);
        task.getExecution().removeVariable(ProcessIds.VAR_NOTE);
    }

    /**
     * A paragraph before the link when the service asks for it and the applicant's NIK was issued by another
     * kecamatan; it names only the office's own code, not the applicant's.
     */
    private String regionWarning(ServiceDefinition service, Application application) {
        if (!service.warnNikOutsideRegion() || office.regionCode() == null
                || Nik.regionCode(application.applicant().nik()).equals(office.regionCode())) {
            return "";
        }
        // a NIK keeps the code of the kecamatan that first issued it, also after a move: a reason to look, not to refuse
        return "**Perhatian:** NIK pemohon tidak diterbitkan di kecamatan ini (kode wilayah pada NIK bukan "
                + office.regionCode() + "). NIK tidak berubah bila penduduk pindah, jadi ini belum tentu salah: "
                + "periksa alamat pada KTP dan KK, surat pengantar dan alamat domisili yang diisi sebelum menerima "
                + "permohonan.\n\n";
    }

    /** "01-06-2037 09:00 WITA": on the office's clock, named like every time the staff read. */
    private String when(OffsetDateTime time) {
        return WHEN.format(time.atZoneSameInstant(clock.zone())) + " " + clock.abbreviation();
    }

    private static String documentLinks(String registrationNumber, ServiceDefinition service, List<Attachment> files) {
        Map<String, String> names = service.fileRequirements().stream()
                .collect(Collectors.toMap(ServiceDefinition.Requirement::code, ServiceDefinition.Requirement::name));
        return files.stream()
                .map(f -> "- [%s](/staff/applications/%s/attachments/%d): %s (%d kB)".formatted(
                        MarkdownText.escape(names.getOrDefault(f.requirementCode(), f.requirementCode())),
                        registrationNumber, f.id(), MarkdownText.escape(f.fileName()), Math.max(1, f.sizeBytes() / 1024)))
                .collect(Collectors.joining("\n"));
    }

    private String history(List<ApplicationEvent> events) {
        return events.stream()
                .map(e -> "- %s: %s%s".formatted(when(e.occurredAt()), MarkdownText.escape(e.label()),
                        e.note() == null ? "" : " (" + MarkdownText.escape(e.note()) + ")"))
                .collect(Collectors.joining("\n"));
    }
}

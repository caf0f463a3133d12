package id.layanankecamatan.workflow;

import id.layanankecamatan.application.ApplicantData;
import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationEvent;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.Attachment;
import id.layanankecamatan.application.AttachmentRepository;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.sla.DeadlineText;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener (create): copies what the officer must check into task-local variables for the Camunda Form.
 * The business data stays in our tables; the copy lives only as long as the task.
 */
@Component("showApplicationOnTask")
public class ShowApplicationOnTaskListener implements TaskListener {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
            .withZone(id.layanankecamatan.application.Times.OFFICE_ZONE);

    private final ApplicationRepository applications;
    private final AttachmentRepository attachments;
    private final ServiceCatalog catalog;
    private final DetailsText details;
    private final DeadlineText deadlineText;

    public ShowApplicationOnTaskListener(ApplicationRepository applications, AttachmentRepository attachments,
                                         ServiceCatalog catalog, DetailsText details, DeadlineText deadlineText) {
        this.applications = applications;
        this.attachments = attachments;
        this.catalog = catalog;
        this.details = details;
        this.deadlineText = deadlineText;
    }

    @Override
    public void notify(DelegateTask task) {
        String registrationNumber = task.getExecution().getProcessBusinessKey();
        Application application = applications.findByRegistrationNumber(registrationNumber).orElseThrow();
        ApplicantData a = application.applicant();
        Map<String, Object> shown = new HashMap<>();
        shown.put("registrationNumber", registrationNumber);
        shown.put("serviceName", catalog.get(application.serviceCode()).name());
        shown.put("submittedAt", WHEN.format(application.submittedAt()));
        shown.put("applicantNik", a.nik());
        shown.put("applicantName", a.name());
        shown.put("applicantAddress", "%s RT %s / RW %s, %s".formatted(a.address(), a.rt(), a.rw(), a.village()));
        shown.put("purpose", a.purpose());
        shown.put("contact", contact(a));
        shown.put("detailsText", details.describe(catalog.get(application.serviceCode()).fields(), application.details()));
        shown.put("documentLinks", documentLinks(registrationNumber, attachments.current(application.id())));
        shown.put("historyText", history(applications.events(application.id())));
        shown.put("deadlineText", deadlineText.of(application));
        shown.put("letterPreviewLink", "[Buka pratinjau surat (PDF)](/staff/applications/%s/letter-preview)"
                .formatted(registrationNumber));
        task.setVariablesLocal(shown);
        // a fresh decision each time: a returned and corrected application must not show the old answer
        task.getExecution().removeVariable(ProcessIds.VAR_DECISION);
        task.getExecution().removeVariable(ProcessIds.VAR_NOTE);
    }

    private static String contact(ApplicantData a) {
        return List.of(a.email() == null ? "" : a.email(), a.phone() == null ? "" : a.phone()).stream()
                .filter(s -> !s.isEmpty()).collect(Collectors.joining(" · "));
    }

    private static String documentLinks(String registrationNumber, List<Attachment> files) {
        return files.stream()
                .map(f -> "- [%s: %s](/staff/applications/%s/attachments/%d) (%d kB)".formatted(f.requirementCode(),
                        f.fileName(), registrationNumber, f.id(), Math.max(1, f.sizeBytes() / 1024)))
                .collect(Collectors.joining("\n"));
    }

    private static String history(List<ApplicationEvent> events) {
        return events.stream()
                .map(e -> "- %s: %s%s".formatted(WHEN.format(e.occurredAt()), e.label(),
                        e.note() == null ? "" : " (" + e.note() + ")"))
                .collect(Collectors.joining("\n"));
    }
}

package id.layanankecamatan.staff;

import id.layanankecamatan.security.StaffUser;
import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.AttachmentRepository;
import id.layanankecamatan.catalog.FieldDefinition;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceDefinition;
import id.layanankecamatan.complaint.ComplaintRepository;
import id.layanankecamatan.notify.MailOutbox;
import id.layanankecamatan.privacy.PersonalDataAccess;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * The applicant's data for the officer working on the application (link "Buka data pemohon" in the task form):
 * NIK, name, address, contact, the service's own data, the scans and which channel told the citizen what. The engine's task variables carry none of
 * it, so it is not kept in the engine's history; each opening is in the access log.
 */
@Controller
public class ApplicantPageController {

    private final ApplicationRepository applications;
    private final AttachmentRepository attachments;
    private final ServiceCatalog catalog;
    private final PersonalDataAccess access;
    private final MailOutbox outbox;
    private final ComplaintRepository complaints;

    public ApplicantPageController(ApplicationRepository applications, AttachmentRepository attachments,
                                   ServiceCatalog catalog, PersonalDataAccess access, MailOutbox outbox,
                                   ComplaintRepository complaints) {
        this.applications = applications;
        this.attachments = attachments;
        this.catalog = catalog;
        this.access = access;
        this.outbox = outbox;
        this.complaints = complaints;
    }

    @GetMapping("/staff/applications/{registrationNumber}")
    public ModelAndView applicant(@PathVariable String registrationNumber,
                                  @RequestAttribute(StaffUser.ATTRIBUTE) String user) {
        Optional<Application> found = access.allows(user, registrationNumber, PersonalDataAccess.APPLICANT_DATA)
                ? applications.findByRegistrationNumber(registrationNumber) : Optional.empty();
        if (found.isEmpty()) {
            // the same answer for a refusal and an unknown number
            return new ModelAndView("staff-message", HttpStatus.NOT_FOUND)
                    .addObject("message", "Permohonan tidak ditemukan.");
        }
        Application application = found.get();
        ServiceDefinition service = catalog.get(application.serviceCode());
        Map<String, String> requirementNames = service.fileRequirements().stream()
                .collect(Collectors.toMap(ServiceDefinition.Requirement::code, ServiceDefinition.Requirement::name));
        return new ModelAndView("staff-application")
                .addObject("app", application)
                .addObject("a", application.applicant())
                .addObject("service", service)
                .addObject("details", details(service.fields(), application.details()))
                .addObject("scans", attachments.current(application.id()))
                .addObject("requirementNames", requirementNames)
                .addObject("events", applications.events(application.id()))
                // complaints about it belong to the staff timeline, never to the citizen's (DOMAIN-REVIEW §7.5)
                .addObject("complaints", complaints.aboutApplication(application.registrationNumber()))
                .addObject("messages", outbox.ofApplication(application.id()).stream().map(SentMessage::of).toList());
    }

    /** One entry per service field; a list of rows (heirs, witnesses) as a table. */
    public record Detail(String label, String value, List<String> columns, List<List<String>> rows) {
    }

    static List<Detail> details(List<FieldDefinition> fields, Map<String, Object> values) {
        return fields.stream().map(field -> {
            Object value = values.get(field.code());
            if (field.type() != FieldDefinition.Type.ROWS) {
                return new Detail(field.label(), value == null ? "-" : value.toString(), List.of(), List.of());
            }
            List<List<String>> rows = value instanceof List<?> list ? list.stream()
                    .map(row -> field.columns().stream()
                            .map(c -> String.valueOf(((Map<?, ?>) row).get(c.code()) == null ? "-" : ((Map<?, ?>) row).get(c.code())))
                            .toList())
                    .toList() : List.of();
            return new Detail(field.label(), null, field.columns().stream().map(FieldDefinition::label).toList(), rows);
        }).toList();
    }
}

package id.layanankecamatan.sla;

import id.layanankecamatan.api.ApiController;
import id.layanankecamatan.api.NotFoundProblem;
import id.layanankecamatan.security.StaffUser;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/** One application's service-level record (staff only), and the one extension of its completion time. */
@ApiController(expectedBody = "Kirim alasan sebagai JSON: {\"reason\": \"...\"}.")
@RequestMapping("/api/v1/sla/applications/{registrationNumber}")
public class ApplicationSlaController {

    private final ApplicationDeadlines deadlines;
    private final SlaSteps steps;
    private final CompletionExtension extension;

    public ApplicationSlaController(ApplicationDeadlines deadlines, SlaSteps steps, CompletionExtension extension) {
        this.deadlines = deadlines;
        this.steps = steps;
        this.extension = extension;
    }

    public record ApplicationSla(ApplicationDeadlines.Record application, List<SlaStep> steps) {
    }

    @GetMapping
    public ApplicationSla get(@PathVariable String registrationNumber) {
        ApplicationDeadlines.Record record = deadlines.find(registrationNumber).orElseThrow(() ->
                new NotFoundProblem("Tidak ditemukan", "Permohonan tidak ditemukan."));
        return new ApplicationSla(record, steps.ofApplication(registrationNumber));
    }

    /** Body: {"reason": "..."}; answers the new completion time, or the refusal as problem+json. */
    @PostMapping("/extension")
    public Map<String, OffsetDateTime> extend(@PathVariable String registrationNumber,
                                              @RequestBody(required = false) Map<String, String> body,
                                              @RequestAttribute(StaffUser.ATTRIBUTE) String officer) {
        return Map.of("dueAt", extension.extend(registrationNumber, body == null ? null : body.get("reason"), officer));
    }
}

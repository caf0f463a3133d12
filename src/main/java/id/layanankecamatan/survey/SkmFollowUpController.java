package id.layanankecamatan.survey;

import com.fasterxml.jackson.databind.JsonNode;
import id.layanankecamatan.api.ApiController;
import id.layanankecamatan.api.ForbiddenProblem;
import id.layanankecamatan.security.StaffGroups;
import id.layanankecamatan.security.StaffUser;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The camat's rencana tindak lanjut for a period's survey results (PermenPAN-RB 14/2017: results are followed up
 * and published with the plan). A staff API (signed in); only the camat writes it.
 */
@ApiController(expectedBody = "Kirim JSON {\"plan\": \"rencana tindak lanjut\"}.")
public class SkmFollowUpController {

    private final SkmReports reports;
    private final IdentityService identity;

    public SkmFollowUpController(SkmReports reports, IdentityService identity) {
        this.reports = reports;
        this.identity = identity;
    }

    @Operation(summary = "Menyimpan rencana tindak lanjut hasil SKM suatu periode (camat)")
    @PutMapping("/api/v1/sla/skm/follow-up")
    public ResponseEntity<Void> save(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                     @RequestParam(required = false) String service,
                                     @RequestBody JsonNode body,
                                     @RequestAttribute(StaffUser.ATTRIBUTE) String user) {
        if (identity.createGroupQuery().groupMember(user).groupId(StaffGroups.CAMAT).count() == 0) {
            throw new ForbiddenProblem("Tidak berwenang", "Rencana tindak lanjut survei disusun oleh camat.");
        }
        String serviceCode = reports.checkedService(from, to, service);
        JsonNode plan = body == null ? null : body.get("plan");
        reports.saveFollowUp(from, to, serviceCode, plan == null || !plan.isTextual() ? null : plan.textValue(), user);
        return ResponseEntity.noContent().build();
    }
}

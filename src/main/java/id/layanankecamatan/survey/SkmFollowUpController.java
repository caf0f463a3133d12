package id.layanankecamatan.survey;

import com.fasterxml.jackson.databind.JsonNode;
import id.layanankecamatan.api.ApiController;
import id.layanankecamatan.api.ForbiddenProblem;
import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.security.StaffGroups;
import id.layanankecamatan.security.StaffUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The camat's rencana tindak lanjut for a period's survey results (PermenPAN-RB 14/2017: results are followed up
 * and published with the plan). A staff API (signed in); every staff member reads it, only the camat writes it.
 */
@ApiController(expectedBody = "Kirim JSON {\"plan\": \"rencana tindak lanjut\"}.")
public class SkmFollowUpController {

    private final SkmReports reports;
    private final IdentityService identity;
    private final OfficeClock clock;

    public SkmFollowUpController(SkmReports reports, IdentityService identity, OfficeClock clock) {
        this.reports = reports;
        this.identity = identity;
        this.clock = clock;
    }

    @Operation(summary = "Rencana tindak lanjut hasil SKM suatu periode", description = "plan null bila belum "
            + "disusun; mayEdit: pengguna ini camat. Dengan sesi Cockpit/Tasklist, csrf memberi header dan token "
            + "yang wajib dikirim bersama PUT.")
    @GetMapping("/api/v1/sla/skm/follow-up")
    public FollowUpView show(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                             @RequestParam(required = false) String service,
                             @RequestAttribute(StaffUser.ATTRIBUTE) String user, HttpServletRequest request,
                             CsrfToken csrf) {
        String serviceCode = reports.checkedService(from, to, service);
        Optional<SkmFollowUp> plan = reports.followUp(from, to, serviceCode);
        // a page opened with the webapps' session needs the token for its PUT; a script with Basic credentials
        // needs none, and reading the token would give it a session it never asked for
        Csrf token = request.getSession(false) == null ? null : new Csrf(csrf.getHeaderName(), csrf.getToken());
        return new FollowUpView(from, to, serviceCode, plan.map(SkmFollowUp::plan).orElse(null),
                plan.map(SkmFollowUp::enteredBy).orElse(null),
                plan.map(p -> displayName(p.enteredBy())).orElse(null),
                plan.map(p -> clock.local(p.enteredAt())).orElse(null), isCamat(user), token);
    }

    @Operation(summary = "Menyimpan rencana tindak lanjut hasil SKM suatu periode (camat)")
    @PutMapping("/api/v1/sla/skm/follow-up")
    public ResponseEntity<Void> save(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                     @RequestParam(required = false) String service,
                                     @RequestBody JsonNode body,
                                     @RequestAttribute(StaffUser.ATTRIBUTE) String user) {
        if (!isCamat(user)) {
            throw new ForbiddenProblem("Tidak berwenang", "Rencana tindak lanjut survei disusun oleh camat.");
        }
        String serviceCode = reports.checkedService(from, to, service);
        JsonNode plan = body == null ? null : body.get("plan");
        reports.saveFollowUp(from, to, serviceCode, plan == null || !plan.isTextual() ? null : plan.textValue(), user);
        return ResponseEntity.noContent().build();
    }

    private boolean isCamat(String user) {
        return identity.createGroupQuery().groupMember(user).groupId(StaffGroups.CAMAT).count() > 0;
    }

    /** "Nama Camat" from the Camunda account, the user id when the account has no name (or is gone). */
    private String displayName(String userId) {
        User account = identity.createUserQuery().userId(userId).singleResult();
        String name = account == null ? "" : Stream.of(account.getFirstName(), account.getLastName())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" "));
        return name.isEmpty() ? userId : name;
    }

    /** The plan of one period and scope (service null: the whole office); enteredAt on the office's clock. */
    public record FollowUpView(LocalDate from, LocalDate to, String service, String plan, String enteredBy,
                               String enteredByName, OffsetDateTime enteredAt, boolean mayEdit, Csrf csrf) {
    }

    /** The header a write from the signed-in page carries, and its value. */
    public record Csrf(String header, String token) {
    }
}

package id.layanankecamatan.complaint;

import com.fasterxml.jackson.databind.JsonNode;
import id.layanankecamatan.api.ApiController;
import id.layanankecamatan.application.MultipartUploads;
import id.layanankecamatan.application.UploadedFile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Complaints in the citizen API: sending one (JSON, or multipart with the JSON as part "data" and up to three files),
 * following it with its number and the tracking code (header X-Tracking-Code, never in the URL), and the
 * complainant's two answers to the office. A wrong code answers exactly like an unknown number.
 */
@ApiController(expectedBody = ComplaintJson.EXPECTED)
public class ComplaintApiController {

    static final String TRACKING_CODE = "X-Tracking-Code";
    private static final String DATA_PART = "data";
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final ComplaintIntake intake;
    private final ComplaintTracking tracking;

    public ComplaintApiController(ComplaintIntake intake, ComplaintTracking tracking) {
        this.intake = intake;
        this.tracking = tracking;
    }

    @Operation(summary = "Mengajukan pengaduan, saran atau permintaan informasi", description = "JSON: type "
            + "(PENGADUAN, SARAN, INFORMASI), text (1–" + ComplaintChecks.TEXT_MAX + " karakter), opsional "
            + "registrationNumber (permohonan yang diadukan), name, phone, email (kontak; tanpa kontak pengaduan tetap "
            + "dapat dilacak), confidential (identitas dirahasiakan dari petugas yang diadukan), laporReference (nomor "
            + "SP4N-LAPOR!). Dengan lampiran: multipart/form-data, JSON yang sama pada bagian 'data' dan paling banyak "
            + ComplaintChecks.MAX_ATTACHMENTS + " berkas (nama bagian bebas) dengan aturan berkas permohonan. "
            + "Header Idempotency-Key opsional: pengaduan yang sama dengan kunci yang sama dalam 24 jam menjawab "
            + "pengaduan yang sama.")
    @ApiResponse(responseCode = "201", description = "Pengaduan diterima: nomor pengaduan dan kode lacak")
    @PostMapping(path = "/api/v1/complaints", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> submit(@RequestBody(required = false) JsonNode body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return created(intake.submit(ComplaintJson.submission(body, List.of()), scoped(key)));
    }

    @Operation(summary = "Mengajukan pengaduan dengan lampiran", description = "Bagian 'data' berisi JSON pengaduan; "
            + "bagian lain adalah lampiran (PDF, JPEG atau PNG).")
    @ApiResponse(responseCode = "201", description = "Pengaduan diterima: nomor pengaduan dan kode lacak")
    @PostMapping(path = "/api/v1/complaints", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<Map<String, Object>> submitWithFiles(
            @RequestPart(name = DATA_PART, required = false) String data,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key, MultipartHttpServletRequest request) {
        String scopedKey = scoped(key);
        List<UploadedFile> files = MultipartUploads.files(request, true).stream()
                .filter(file -> !DATA_PART.equals(file.requirementCode())).toList();
        return created(intake.submit(ComplaintJson.submission(ComplaintJson.part(data), files), scopedKey));
    }

    /** API clients have no accounts: the key lives in the complaint API's own namespace, bound to the request. */
    private static String scoped(String key) {
        if (key == null) {
            return null;
        }
        if (key.isBlank() || key.length() > 100) {
            throw new InvalidComplaintException(IDEMPOTENCY_KEY, "Idempotency-Key harus 1 sampai 100 karakter.");
        }
        return ComplaintIntake.API_KEY_SCOPE + key;
    }

    @Operation(summary = "Status pengaduan", description = "Dengan header X-Tracking-Code. Kode yang salah dijawab sama "
            + "seperti nomor yang tidak ada (404). Berisi riwayat publik, jawaban tertulis bila sudah ada, dan apakah "
            + "tanggapan \"belum selesai\" masih dapat dikirim.")
    @GetMapping("/api/v1/complaints/{number}")
    public ComplaintView status(@PathVariable String number,
                                @RequestHeader(name = TRACKING_CODE, required = false) String code) {
        return tracking.view(complainantsOwn(number, code));
    }

    @Operation(summary = "Melengkapi pengaduan", description = "JSON {\"text\": \"…\"}; hanya selama pengaduan "
            + "berstatus perlu dilengkapi (selain itu 409).")
    @PostMapping(path = "/api/v1/complaints/{number}/completion", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ComplaintView complete(@PathVariable String number,
                                  @RequestHeader(name = TRACKING_CODE, required = false) String code,
                                  @RequestBody(required = false) JsonNode body) {
        Complaint complaint = complainantsOwn(number, code);
        return tracking.view(intake.complete(complaint, text(body)));
    }

    @Operation(summary = "Menyatakan pengaduan belum selesai", description = "JSON {\"text\": \"alasan\"}; sekali saja, "
            + "setelah jawaban tertulis dan paling lambat " + ComplaintRules.REOPEN_DAYS + " hari sesudahnya "
            + "(selain itu 409). Pengaduan dibuka kembali.")
    @PostMapping(path = "/api/v1/complaints/{number}/not-resolved", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ComplaintView notResolved(@PathVariable String number,
                                     @RequestHeader(name = TRACKING_CODE, required = false) String code,
                                     @RequestBody(required = false) JsonNode body) {
        Complaint complaint = complainantsOwn(number, code);
        return tracking.view(intake.notResolved(complaint, text(body)));
    }

    private Complaint complainantsOwn(String number, String code) {
        return intake.findForComplainant(number, code).orElseThrow(ComplaintNotFoundException::new);
    }

    private static String text(JsonNode body) {
        if (body == null || !body.isObject() || body.size() != 1 || !body.has("text")) {
            throw new InvalidComplaintException("text", "Kirim JSON {\"text\": \"…\"} saja.");
        }
        JsonNode text = body.get("text");
        if (!text.isTextual()) {
            throw new InvalidComplaintException("text", "Isian ini harus berupa teks.");
        }
        return text.textValue();
    }

    private static ResponseEntity<Map<String, Object>> created(ComplaintReceipt receipt) {
        return ResponseEntity.created(URI.create("/api/v1/complaints/" + receipt.complaintNumber()))
                .body(Map.of("complaintNumber", receipt.complaintNumber(), "trackingCode", receipt.trackingCode(),
                        "status", receipt.status()));
    }
}

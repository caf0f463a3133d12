package id.layanankecamatan.application;

import com.fasterxml.jackson.databind.JsonNode;
import id.layanankecamatan.api.ApiController;
import id.layanankecamatan.document.Letter;
import id.layanankecamatan.document.LetterDownload;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** The citizen API (JSON). The tracking code travels in a header so it never lands in URLs or access logs. */
@ApiController
public class ApplicationApiController {

    static final String TRACKING_CODE = "X-Tracking-Code";
    static final String API_KEY_SCOPE = "api:";
    private static final String DATA_PART = "data";

    private final ApplicationService service;
    private final CitizenTracking tracking;
    private final DataPartJson dataPart;

    public ApplicationApiController(ApplicationService service, CitizenTracking tracking, DataPartJson dataPart) {
        this.service = service;
        this.tracking = tracking;
        this.dataPart = dataPart;
    }

    @Operation(summary = "Mengajukan permohonan", description = "multipart/form-data: bagian 'service' (kode layanan), "
            + "bagian 'data' (JSON data pemohon dan isian layanan; bagian biasa atau berkas .json), dan satu bagian "
            + "berkas per persyaratan layanan (nama bagian = kode persyaratan di GET /api/v1/services), atau sampai "
            + UploadValidator.MAX_PHOTOS_PER_REQUIREMENT + " foto dengan nama yang sama. "
            + CitizenApiDescription.FILE_RULES + " Header Idempotency-Key opsional: permintaan yang sama dengan kunci "
            + "yang sama dalam 24 jam menjawab permohonan yang sama.")
    @ApiResponse(responseCode = "201", description = "Permohonan diterima: nomor registrasi dan kode lacak")
    @PostMapping(path = "/api/v1/applications", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<Map<String, Object>> submit(@RequestParam("service") String serviceCode,
                                                      @RequestPart(name = "data", required = false) String data,
                                                      @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                      MultipartHttpServletRequest request) {
        if (key != null && (key.isBlank() || key.length() > 100)) {
            throw new InvalidApplicationException("Idempotency-Key", "Idempotency-Key harus 1 sampai 100 karakter.");
        }
        JsonNode fields = dataPart.object(data, true);
        // API clients have no accounts: the key lives in the API's own namespace, and the service binds it to
        // the content of the request, which only the original client can repeat
        Receipt receipt = service.submit(new Submission(serviceCode, dataPart.applicant(fields), fields, files(request),
                key == null ? null : API_KEY_SCOPE + key, Submission.CHANNEL_ONLINE));
        return ResponseEntity.created(URI.create("/api/v1/applications/" + receipt.registrationNumber()))
                .body(Map.of("registrationNumber", receipt.registrationNumber(), "trackingCode", receipt.trackingCode(),
                        "status", receipt.status()));
    }

    @Operation(summary = "Status permohonan", description = "Dengan header X-Tracking-Code. Kode yang salah dijawab "
            + "sama seperti nomor yang tidak ada (404).")
    @GetMapping("/api/v1/applications/{registrationNumber}")
    public ApplicationView status(@PathVariable String registrationNumber,
                                  @RequestHeader(name = TRACKING_CODE, required = false) String code) {
        return tracking.view(citizensOwn(registrationNumber, code));
    }

    @Operation(summary = "Mengunduh surat yang telah terbit (PDF bertanda tangan elektronik)")
    @GetMapping("/api/v1/applications/{registrationNumber}/letter")
    public ResponseEntity<byte[]> letter(@PathVariable String registrationNumber,
                                         @RequestHeader(name = TRACKING_CODE, required = false) String code) {
        Letter letter = tracking.letter(citizensOwn(registrationNumber, code))
                .orElseThrow(() -> new ApplicationStateException("Surat belum terbit untuk permohonan ini."));
        return LetterDownload.of(letter);
    }

    @Operation(summary = "Mengirim perbaikan", description = "Hanya selama permohonan dikembalikan untuk perbaikan "
            + "(selain itu 409). Bagian 'data' opsional berisi isian yang diubah saja; bagian berkas mengganti berkas "
            + "persyaratan dengan kode yang sama (aturan berkas sama dengan pengajuan).")
    @PostMapping(path = "/api/v1/applications/{registrationNumber}/correction",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ApplicationView correct(@PathVariable String registrationNumber,
                                   @RequestHeader(name = TRACKING_CODE, required = false) String code,
                                   @RequestPart(name = "data", required = false) String data,
                                   MultipartHttpServletRequest request) {
        Application application = citizensOwn(registrationNumber, code);
        JsonNode fields = dataPart.object(data, false);
        Application corrected = service.correct(application, dataPart.applicant(fields), fields, files(request));
        return tracking.view(corrected);
    }

    @Operation(summary = "Membatalkan permohonan", description = "Kapan saja sebelum surat ditandatangani (selain itu 409).")
    @PostMapping("/api/v1/applications/{registrationNumber}/cancellation")
    public ApplicationView cancel(@PathVariable String registrationNumber,
                                  @RequestHeader(name = TRACKING_CODE, required = false) String code) {
        return tracking.view(service.cancel(citizensOwn(registrationNumber, code)));
    }

    private Application citizensOwn(String registrationNumber, String code) {
        return service.findForCitizen(registrationNumber, code).orElseThrow(ApplicationNotFoundException::new);
    }

    /**
     * Every file part except "data": many clients (curl -F data=@file.json among them) send the JSON as a file
     * part with a name and application/json, and it is the applicant's data, not a requirement.
     */
    static List<UploadedFile> files(MultipartHttpServletRequest request) {
        return MultipartUploads.files(request, false).stream()
                .filter(file -> !DATA_PART.equals(file.requirementCode())).toList();
    }
}

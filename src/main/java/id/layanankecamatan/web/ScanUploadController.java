package id.layanankecamatan.web;

import id.layanankecamatan.api.FieldProblem;
import id.layanankecamatan.application.InvalidApplicationException;
import id.layanankecamatan.application.MultipartUploads;
import id.layanankecamatan.application.StagedScans;
import id.layanankecamatan.application.ScanPreparation;
import id.layanankecamatan.application.UploadedFile;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceDefinition;
import id.layanankecamatan.security.StaffUser;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The application form's script sends each photo or scan here as soon as it is chosen (issue 17): on a weak
 * connection a file then travels once, with its own progress, and a failed submission is retried without it. The
 * file is checked and normalised like one sent with the form, staged for that form, and named in the submission
 * by the id answered here. Answers are small JSON for the script; the form without script never calls this.
 */
@RestController
public class ScanUploadController {

    static final String STALE = "Formulir ini sudah kedaluwarsa atau dibuka di perangkat lain. Muat ulang halaman, "
            + "lalu unggah lagi berkas ini.";

    private final ServiceCatalog catalog;
    private final ScanPreparation scans;
    private final StagedScans staged;

    public ScanUploadController(ServiceCatalog catalog, ScanPreparation scans, StagedScans staged) {
        this.catalog = catalog;
        this.scans = scans;
        this.staged = staged;
    }

    public record Staged(String id, String requirement, String name, long size) {
    }

    public record Refused(String field, String message) {
    }

    @PostMapping("/layanan/{code}/ajukan/berkas")
    public ResponseEntity<?> stage(@PathVariable String code,
                                   @RequestParam(name = "idempotencyKey", required = false) String formKey,
                                   MultipartHttpServletRequest request, HttpSession session) {
        return stageFor(code, formKey, request, session);
    }

    /** The counter's form: the same, for a logged-in officer scanning a walk-in citizen's documents. */
    @PostMapping("/staff/loket/{code}/berkas")
    public ResponseEntity<?> stageAtCounter(@PathVariable String code,
                                            @RequestParam(name = "idempotencyKey", required = false) String formKey,
                                            @RequestAttribute(StaffUser.ATTRIBUTE) String officer,
                                            MultipartHttpServletRequest request, HttpSession session) {
        return stageFor(code, formKey, request, session);
    }

    private ResponseEntity<?> stageFor(String code, String formKey, MultipartHttpServletRequest request,
                                       HttpSession session) {
        ServiceDefinition service = catalog.find(code).filter(ServiceDefinition::acceptingApplications).orElse(null);
        if (service == null) {
            return refuse(HttpStatus.NOT_FOUND, "form", "Layanan ini tidak menerima permohonan.");
        }
        FormKeys keys = FormKeys.of(session);
        if (formKey == null || !keys.issued(formKey)) {
            return refuse(HttpStatus.CONFLICT, "form", STALE);
        }
        List<UploadedFile> files = MultipartUploads.files(request, true);
        if (files.size() != 1) {
            return refuse(HttpStatus.BAD_REQUEST, "files", "Kirim tepat satu berkas setiap kali.");
        }
        // checked and normalised as when sent with the form; a refusal is answered by invalid(...) below
        UploadedFile file = scans.normalise(service, files.get(0));
        String id = staged.stage(StagedScans.scopeOf(keys.scoped(formKey)), service.code(), file);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Staged(id, file.requirementCode(), file.originalName(), file.content().length));
    }

    /** Whether the form's key still holds, and which of its staged scans are still there. */
    public record Kept(boolean form, List<String> kept) {
    }

    /**
     * Asked by the script when a page is opened again with a kept draft (a reload, a form sent back with errors): the
     * draft's key and files count only if this session still holds them; otherwise the citizen picks the files again
     * and keeps everything typed.
     */
    @PostMapping({"/layanan/{code}/ajukan/berkas/periksa", "/staff/loket/{code}/berkas/periksa"})
    public Kept kept(@PathVariable String code, @RequestParam(name = "idempotencyKey", required = false) String formKey,
                     @RequestParam(name = "ids", required = false) List<String> ids, HttpSession session) {
        FormKeys keys = FormKeys.of(session);
        if (formKey == null || !keys.issued(formKey)) {
            return new Kept(false, List.of());
        }
        return new Kept(true, ids == null ? List.of()
                : staged.kept(StagedScans.scopeOf(keys.scoped(formKey)), code, ids));
    }

    @ExceptionHandler(InvalidApplicationException.class)
    ResponseEntity<Refused> invalid(InvalidApplicationException e) {
        FieldProblem first = e.problems().get(0);
        return refuse(HttpStatus.BAD_REQUEST, first.field(), first.message());
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Refused> unreadable(MultipartException e) {
        return e instanceof MaxUploadSizeExceededException
                ? refuse(HttpStatus.PAYLOAD_TOO_LARGE, "files", "Berkas terlalu besar untuk dikirim.")
                : refuse(HttpStatus.BAD_REQUEST, "files", MultipartUploads.badFileName(e) ? MultipartUploads.BAD_FILE_NAME
                        : "Berkas tidak terbaca; pilih ulang berkas lalu coba lagi.");
    }

    private static ResponseEntity<Refused> refuse(HttpStatus status, String field, String message) {
        return ResponseEntity.status(status).body(new Refused(field, message));
    }
}

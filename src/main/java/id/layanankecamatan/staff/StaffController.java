package id.layanankecamatan.staff;

import id.layanankecamatan.security.StaffUser;
import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.Attachment;
import id.layanankecamatan.application.AttachmentRepository;
import id.layanankecamatan.document.LetterService;
import id.layanankecamatan.privacy.PersonalDataAccess;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the links in the staff task forms open: the citizen's scans and a preview of the letter to sign, only for
 * whom {@link PersonalDataAccess} allows; anyone else gets the answer of an unknown number.
 */
@RestController
public class StaffController {

    private final ApplicationRepository applications;
    private final AttachmentRepository attachments;
    private final LetterService letters;
    private final PersonalDataAccess access;

    public StaffController(ApplicationRepository applications, AttachmentRepository attachments, LetterService letters,
                           PersonalDataAccess access) {
        this.applications = applications;
        this.attachments = attachments;
        this.letters = letters;
        this.access = access;
    }

    @GetMapping("/staff/applications/{registrationNumber}/attachments/{attachmentId}")
    public ResponseEntity<byte[]> attachment(@PathVariable String registrationNumber, @PathVariable long attachmentId,
                                             @RequestAttribute(StaffUser.ATTRIBUTE) String user) {
        if (!access.allows(user, registrationNumber, PersonalDataAccess.scan(attachmentId))) {
            return ResponseEntity.notFound().build();
        }
        Application application = applications.findByRegistrationNumber(registrationNumber).orElse(null);
        if (application == null) {
            return ResponseEntity.notFound().build();
        }
        Attachment meta = attachments.current(application.id()).stream().filter(a -> a.id() == attachmentId)
                .findFirst().orElse(null);
        if (meta == null) {
            return ResponseEntity.notFound().build();
        }
        return attachments.content(application.id(), attachmentId)
                .map(content -> inline(content, meta.contentType(), meta.fileName()))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/staff/applications/{registrationNumber}/letter-preview")
    public ResponseEntity<byte[]> letterPreview(@PathVariable String registrationNumber,
                                                @RequestAttribute(StaffUser.ATTRIBUTE) String user) {
        if (!access.allows(user, registrationNumber, PersonalDataAccess.LETTER_PREVIEW)) {
            return ResponseEntity.notFound().build();
        }
        return applications.findByRegistrationNumber(registrationNumber)
                .map(a -> inline(letters.preview(a, user), MediaType.APPLICATION_PDF_VALUE, "pratinjau-" + registrationNumber + ".pdf"))
                .orElse(ResponseEntity.notFound().build());
    }

    private static ResponseEntity<byte[]> inline(byte[] content, String contentType, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
                // scans are personal data: never cached by a shared browser or proxy
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}

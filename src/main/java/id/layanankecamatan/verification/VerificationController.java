package id.layanankecamatan.verification;

import id.layanankecamatan.document.VerificationCode;
import id.layanankecamatan.catalog.ServiceCatalog;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public page the QR code on every letter opens: anyone holding a letter can see whether it is ours and
 * still valid, and upload the PDF they received to learn whether it is exactly the issued file.
 */
@Controller
public class VerificationController {

    private static final Logger LOG = LoggerFactory.getLogger(VerificationController.class);

    private final LetterVerification verification;
    private final ServiceCatalog catalog;

    public VerificationController(LetterVerification verification, ServiceCatalog catalog) {
        this.verification = verification;
        this.catalog = catalog;
    }

    @GetMapping("/verifikasi")
    public String start(@RequestParam(value = "kode", required = false) String code, Model model) {
        if (code != null && !code.isBlank()) {
            return "redirect:/verifikasi/" + VerificationCode.normalize(code).replaceAll("[^A-Z0-9]", "");
        }
        return "verify";
    }

    /** Upload without a code: the file is looked up by its SHA-256. */
    @PostMapping("/verifikasi")
    public ModelAndView identify(@RequestParam(value = "berkas", required = false) MultipartFile file) {
        try {
            UploadVerdict verdict = verification.identify(bytes(file));
            if (verdict.letter() != null) {
                return letterPage(verdict.letter(), verdict, HttpStatus.OK);
            }
            return new ModelAndView("verify").addObject("verdict", verdict);
        } catch (LetterVerification.InvalidUploadException e) {
            return new ModelAndView("verify", HttpStatus.BAD_REQUEST).addObject("error", e.getMessage());
        }
    }

    @GetMapping("/verifikasi/{code}")
    public ModelAndView letter(@PathVariable String code) {
        return verification.find(code).map(letter -> letterPage(letter, null, HttpStatus.OK))
                .orElseGet(() -> unknown(code));
    }

    @PostMapping("/verifikasi/{code}")
    public ModelAndView check(@PathVariable String code,
                              @RequestParam(value = "berkas", required = false) MultipartFile file) {
        Optional<ArchivedLetter> letter = verification.find(code);
        if (letter.isEmpty()) {
            return unknown(code);
        }
        try {
            return letterPage(letter.get(), verification.check(letter.get(), bytes(file)), HttpStatus.OK);
        } catch (LetterVerification.InvalidUploadException e) {
            return letterPage(letter.get(), null, HttpStatus.BAD_REQUEST).addObject("error", e.getMessage());
        }
    }

    private ModelAndView letterPage(ArchivedLetter letter, UploadVerdict verdict, HttpStatus status) {
        return new ModelAndView("letter-verification", status)
                .addObject("letter", letter)
                .addObject("code", VerificationCode.display(letter.verificationCode()))
                .addObject("serviceName", catalog.find(letter.serviceCode()).map(s -> s.name())
                        .orElse(letter.serviceCode()))
                .addObject("verdict", verdict);
    }

    private static ModelAndView unknown(String code) {
        return new ModelAndView("verify", HttpStatus.NOT_FOUND).addObject("error",
                "Kode verifikasi " + VerificationCode.display(VerificationCode.normalize(code))
                        + " tidak dikenal. Periksa kembali kode yang tertera di samping kode QR pada surat.");
    }

    private static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return new byte[0];
        }
        if (file.getSize() > LetterVerification.MAX_UPLOAD_BYTES) {
            throw new LetterVerification.InvalidUploadException(
                    "Berkas terlalu besar: surat dari kantor kecamatan paling besar 5 MB.");
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            // the reader is asked to try again; a full or broken temporary directory must show in the log
            LOG.warn("Uploaded file could not be read from the request: {}", e.toString());
            throw new LetterVerification.InvalidUploadException("Berkas tidak terbaca; silakan unggah ulang.");
        }
    }
}

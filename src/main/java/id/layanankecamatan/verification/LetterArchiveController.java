package id.layanankecamatan.verification;

import id.layanankecamatan.api.ApiProblem;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceDefinition;
import id.layanankecamatan.security.StaffUser;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office's register of issued letters (/staff/surat): every officer reads it, only the camat revokes. */
@Controller
public class LetterArchiveController {

    private static final int PAGE = 100;

    private final LetterArchive archive;
    private final LetterRevocation revocation;
    private final ServiceCatalog catalog;

    public LetterArchiveController(LetterArchive archive, LetterRevocation revocation, ServiceCatalog catalog) {
        this.archive = archive;
        this.revocation = revocation;
        this.catalog = catalog;
    }

    @GetMapping("/staff/surat")
    public ModelAndView list(@RequestParam(value = "nomor", required = false) String number,
                             @RequestAttribute(StaffUser.ATTRIBUTE) String user) {
        return page(number, user, HttpStatus.OK);
    }

    @PostMapping("/staff/surat/{code}/pencabutan")
    public ModelAndView revoke(@PathVariable String code, @RequestParam(value = "alasan", required = false) String reason,
                               @RequestAttribute(StaffUser.ATTRIBUTE) String user,
                               RedirectAttributes flash) {
        Optional<ArchivedLetter> letter = archive.byVerificationCode(code);
        if (letter.isEmpty()) {
            return page(null, user, HttpStatus.NOT_FOUND).addObject("error", "Surat tidak ditemukan.");
        }
        try {
            ArchivedLetter revoked = revocation.revoke(letter.get(), reason, user);
            flash.addFlashAttribute("message", "Surat nomor " + revoked.number() + " telah dicabut.");
            return new ModelAndView("redirect:/staff/surat");
        } catch (ApiProblem refused) {
            return page(null, user, refused.getStatusCode())
                    .addObject("error", refused.getMessage()).addObject("failedCode", code);
        }
    }

    private ModelAndView page(String number, String user, HttpStatusCode status) {
        return new ModelAndView("staff-letters", status)
                .addObject("letters", archive.latest(number, PAGE))
                .addObject("number", number)
                .addObject("serviceNames", catalog.services().stream()
                        .collect(Collectors.toMap(ServiceDefinition::code, ServiceDefinition::name)))
                .addObject("mayRevoke", revocation.mayRevoke(user));
    }
}

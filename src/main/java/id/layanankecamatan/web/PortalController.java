package id.layanankecamatan.web;

import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.IdempotencyConflictException;
import id.layanankecamatan.application.InvalidApplicationException;
import id.layanankecamatan.application.Receipt;
import id.layanankecamatan.application.ServiceClosedException;
import id.layanankecamatan.application.StagedScans;
import id.layanankecamatan.application.Submission;
import id.layanankecamatan.application.UploadedFile;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceDefinition;
import id.layanankecamatan.notify.TelegramLinks;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import id.layanankecamatan.OfficeProperties;
import id.layanankecamatan.security.StaffUser;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;

/** The citizen portal: the service list, the application form and the receipt. */
@Controller
public class PortalController {

    static final String RECEIPT = "portal.receipt";
    static final String TELEGRAM = "portal.telegram";
    static final String STALE_FORM = "Formulir ini sudah kedaluwarsa atau dibuka di perangkat lain, sehingga belum "
            + "ada yang tersimpan. Periksa isian di bawah, pilih ulang berkas, lalu kirim sekali lagi.";
    static final String CHANGED_FORM = "Formulir ini sudah pernah dikirim dengan isi yang berbeda, sehingga isian "
            + "baru ini belum tersimpan. Periksa isian di bawah, pilih ulang berkas, lalu kirim sekali lagi untuk "
            + "membuat permohonan baru.";

    private final ServiceCatalog catalog;
    private final ApplicationService applications;
    private final OfficeProperties office;
    private final StagedScans staged;
    private final ApplicationRepository repository;
    private final TelegramLinks telegram;

    public PortalController(ServiceCatalog catalog, ApplicationService applications, OfficeProperties office,
                            StagedScans staged, ApplicationRepository repository, TelegramLinks telegram) {
        this.catalog = catalog;
        this.applications = applications;
        this.office = office;
        this.staged = staged;
        this.repository = repository;
        this.telegram = telegram;
    }

    @GetMapping("/")
    public String home(Model model) {
        model.addAttribute("services", catalog.services());
        return "home";
    }

    /** The six published components of the service's standard (UU 25/2009 art. 21). */
    @GetMapping("/layanan/{code}")
    public String service(@PathVariable String code, Model model) {
        model.addAttribute("service", service(code));
        return "service";
    }

    /** All fourteen components, laid out for printing and posting at the counter. */
    @GetMapping("/layanan/{code}/standar")
    public String standard(@PathVariable String code, Model model) {
        model.addAttribute("service", service(code));
        model.addAttribute("office", office);
        return "standard";
    }

    @GetMapping("/layanan/{code}/ajukan")
    public String form(@PathVariable String code, HttpSession session, Model model) {
        ServiceDefinition service = service(code);
        return service.acceptingApplications() ? showForm(service, new ApplicantForm(), Map.of(), null, session, model)
                : closed(service, model);
    }

    @PostMapping("/layanan/{code}/ajukan")
    public String submit(@PathVariable String code, @ModelAttribute("form") ApplicantForm form,
                         @RequestParam(name = "idempotencyKey", required = false) String idempotencyKey,
                         MultipartHttpServletRequest request, HttpSession session, HttpServletResponse response,
                         Model model) {
        return submit(code, form, idempotencyKey, null, request, session, response, model);
    }

    /**
     * Counter intake (loket): an officer registers a walk-in citizen's application with the same form, scans
     * made at the counter, and hands over the printed receipt. /staff/* is for logged-in staff only.
     */
    @GetMapping("/staff/loket/{code}")
    public String counterForm(@PathVariable String code,
                              @RequestAttribute(StaffUser.ATTRIBUTE) String officer, HttpSession session,
                              Model model) {
        ServiceDefinition service = service(code);
        return service.acceptingApplications() ? showForm(service, new ApplicantForm(), Map.of(), officer, session, model)
                : closed(service, model);
    }

    @PostMapping("/staff/loket/{code}")
    public String counterSubmit(@PathVariable String code, @ModelAttribute("form") ApplicantForm form,
                                @RequestParam(name = "idempotencyKey", required = false) String idempotencyKey,
                                @RequestAttribute(StaffUser.ATTRIBUTE) String officer,
                                MultipartHttpServletRequest request, HttpSession session,
                                HttpServletResponse response, Model model) {
        return submit(code, form, idempotencyKey, officer, request, session, response, model);
    }

    private String submit(String code, ApplicantForm form, String idempotencyKey, String officer,
                          MultipartHttpServletRequest request, HttpSession session, HttpServletResponse response,
                          Model model) {
        ServiceDefinition service = service(code);
        FormKeys keys = FormKeys.of(session);
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey;
        boolean stale = key != null && !keys.issued(key);
        // photos the form's script uploaded one by one while the citizen typed; they belong to this form's key
        Map<String, List<String>> stagedIds = key == null ? Map.of() : PortalForms.stagedIds(service, request);
        String stagedScope = key == null ? null : StagedScans.scopeOf(keys.scoped(key));
        try {
            if (stale && !stagedIds.isEmpty()) {
                return showAgain(service, form, Map.of("form", STALE_FORM), HttpStatus.BAD_REQUEST, officer, request,
                        session, response, model);
            }
            List<UploadedFile> files = new ArrayList<>(PortalForms.chosenFiles(request));
            files.addAll(staged.take(stagedScope, service.code(), stagedIds));
            Submission submission = new Submission(code, form.toApplicantData(), PortalForms.details(service, request),
                    files, key == null ? null : keys.scoped(key),
                    officer == null ? Submission.CHANNEL_ONLINE : Submission.CHANNEL_COUNTER, officer);
            if (stale) {
                // checked first, so that a wrong form gets its ordinary errors; then it is a stale form (another
                // browser's, or too old): nothing is looked up and nothing stored
                applications.validate(submission);
                return showAgain(service, form, Map.of("form", STALE_FORM), HttpStatus.BAD_REQUEST, officer, request,
                        session, response, model);
            }
            Receipt receipt = applications.submit(submission);
            if (!stagedIds.isEmpty()) {
                staged.submitted(stagedScope);
            }
            // kept in the session, not the URL: a reload of the receipt still shows the tracking code
            session.setAttribute(RECEIPT, receipt);
            // the Telegram link made once per receipt: a reload shows the same one
            session.setAttribute(TELEGRAM, repository.findByRegistrationNumber(receipt.registrationNumber())
                    .flatMap(a -> telegram.create(a.id())).orElse(null));
            return "redirect:/tanda-terima";
        } catch (InvalidApplicationException e) {
            return showAgain(service, form, PortalForms.byField(e.problems()), HttpStatus.BAD_REQUEST, officer, request,
                    session, response, model);
        } catch (IdempotencyConflictException e) {
            return showAgain(service, form, Map.of("form", CHANGED_FORM), HttpStatus.UNPROCESSABLE_ENTITY, officer,
                    request, session, response, model);
        } catch (ServiceClosedException e) {
            response.setStatus(e.getStatusCode().value());
            return closed(service, model);
        }
    }

    /** In place of the form of a service the law abolished: what to do instead, and that running ones go on. */
    private String closed(ServiceDefinition service, Model model) {
        model.addAttribute("service", service);
        return "service-closed";
    }

    private String showAgain(ServiceDefinition service, ApplicantForm form, Map<String, String> errors,
                             HttpStatus status, String officer, MultipartHttpServletRequest request,
                             HttpSession session, HttpServletResponse response, Model model) {
        response.setStatus(status.value());
        model.addAttribute("entered", PortalForms.entered(request));
        // the form's key is new: the script drops the photos it staged under the old one
        model.addAttribute("staleForm", errors.containsKey("form"));
        return showForm(service, form, errors, officer, session, model);
    }

    @GetMapping("/tanda-terima")
    public String receipt(HttpSession session, Model model) {
        Object receipt = session.getAttribute(RECEIPT);
        if (!(receipt instanceof Receipt)) {
            return "redirect:/lacak";
        }
        model.addAttribute("receipt", receipt);
        model.addAttribute("telegram", session.getAttribute(TELEGRAM));
        return "receipt";
    }

    private String showForm(ServiceDefinition service, ApplicantForm form, Map<String, String> errors, String officer,
                            HttpSession session, Model model) {
        model.addAttribute("service", service);
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", Map.of());
        }
        String action = officer == null ? "/layanan/" + service.code() + "/ajukan" : "/staff/loket/" + service.code();
        model.addAttribute("formAction", action);
        model.addAttribute("uploadAction", action + "/berkas");
        if (!model.containsAttribute("staleForm")) {
            model.addAttribute("staleForm", false);
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        // a fresh key per rendered form, issued to this session: a double-submitted form creates one application
        FormKeys keys = FormKeys.of(session);
        model.addAttribute("idempotencyKey", keys.issue());
        session.setAttribute(FormKeys.ATTRIBUTE, keys);
        return "apply";
    }

    private ServiceDefinition service(String code) {
        return catalog.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}

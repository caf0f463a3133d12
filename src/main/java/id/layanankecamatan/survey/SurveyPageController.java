package id.layanankecamatan.survey;

import id.layanankecamatan.PublicUrl;
import id.layanankecamatan.api.FieldProblem;
import id.layanankecamatan.api.InvalidInputProblem;
import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.ApplicationStateException;
import id.layanankecamatan.document.QrCode;
import id.layanankecamatan.web.TrackingController;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The survey in the portal: reached from the tracking page (already unlocked), from the link in the mail (the
 * citizen types the tracking code) or at the counter's tablet ({@code /survei/loket}: number and code, then the
 * form, then back to the start for the next citizen; nothing stays unlocked on the shared device).
 */
@Controller
public class SurveyPageController {

    private static final String START = "survey-start";
    private static final String FORM = "survey";
    private static final String NOT_FOUND = "Permohonan tidak ditemukan. Periksa nomor registrasi dan kode lacak Anda.";

    private final ApplicationService applications;
    private final ApplicationRepository repository;
    private final SurveyService surveys;
    private final PublicUrl publicUrl;

    public SurveyPageController(ApplicationService applications, ApplicationRepository repository,
                                SurveyService surveys, PublicUrl publicUrl) {
        this.applications = applications;
        this.repository = repository;
        this.surveys = surveys;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/survei")
    public String start(@RequestParam(name = "nomor", required = false) String number, Model model) {
        model.addAttribute("number", number);
        model.addAttribute("kiosk", false);
        return START;
    }

    @GetMapping("/survei/loket")
    public String kiosk(Model model) {
        return startAgain(null, true, null, model);
    }

    /** Number and tracking code (start page, mail link, kiosk) open the form; nothing is kept in the session. */
    @PostMapping("/survei")
    public String open(@RequestParam(name = "nomor", required = false) String number,
                       @RequestParam(name = "kode", required = false) String code,
                       @RequestParam(name = "loket", required = false) String kiosk,
                       HttpServletResponse response, Model model) {
        boolean atCounter = kiosk != null;
        Optional<Application> application = applications.findForCitizen(number, code);
        if (application.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return startAgain(number, atCounter, NOT_FOUND, model);
        }
        try {
            surveys.checkOpen(application.get());
        } catch (ApplicationStateException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return startAgain(number, atCounter, e.getMessage(), model);
        }
        return form(application.get(), code, atCounter, Map.of(), Map.of(), model);
    }

    @GetMapping("/survei/{number}")
    public String formOfTracked(@PathVariable String number, HttpServletRequest request, Model model) {
        Optional<Application> application = TrackingController.isUnlocked(request.getSession(false), number)
                ? repository.findByRegistrationNumber(number.strip().toUpperCase()) : Optional.empty();
        if (application.isEmpty()) {
            // from the mail: the citizen proves the application is theirs with its tracking code first
            model.addAttribute("number", number);
            model.addAttribute("kiosk", false);
            return START;
        }
        if (!surveys.awaitsResponse(application.get())) {
            model.addAttribute("closed", SurveyService.isOpenFor(application.get().status())
                    ? SurveyService.ALREADY_ANSWERED : SurveyService.NOT_FINISHED);
        }
        return form(application.get(), null, false, Map.of(), Map.of(), model);
    }

    @PostMapping("/survei/{number}")
    public String answer(@PathVariable String number, @RequestParam Map<String, String> params,
                         HttpServletRequest request, HttpServletResponse response, Model model) {
        boolean atCounter = params.containsKey("loket");
        String code = params.get("kode");
        Optional<Application> application = TrackingController.isUnlocked(request.getSession(false), number)
                ? repository.findByRegistrationNumber(number.strip().toUpperCase())
                : applications.findForCitizen(number, code);
        if (application.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return startAgain(number, atCounter, NOT_FOUND, model);
        }
        Map<String, String> answers = new LinkedHashMap<>();
        Arrays.stream(SurveyElement.values()).forEach(e -> answers.put(e.code(), params.get(e.code())));
        Map<String, String> profile = new LinkedHashMap<>();
        SurveyProfile.LABELS.keySet().forEach(field -> profile.put(field, params.get(field)));
        try {
            surveys.submit(application.get(), SurveySubmission.read(answers, profile));
        } catch (ApplicationStateException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return startAgain(number, atCounter, e.getMessage(), model);
        } catch (InvalidInputProblem e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldProblem problem : e.problems()) {
                errors.put(problem.field().replaceFirst("^(answers|profile)\\.", ""), problem.message());
            }
            return form(application.get(), code, atCounter, params, errors, model);
        }
        model.addAttribute("kiosk", atCounter);
        model.addAttribute("number", application.get().registrationNumber());
        return "survey-thanks";
    }

    private String form(Application application, String code, boolean kiosk, Map<String, String> chosen,
                        Map<String, String> errors, Model model) {
        model.addAttribute("number", application.registrationNumber());
        model.addAttribute("code", code);
        model.addAttribute("kiosk", kiosk);
        model.addAttribute("elements", SurveyElement.values());
        model.addAttribute("profileLabels", SurveyProfile.LABELS);
        model.addAttribute("profileChoices", SurveyProfile.CHOICES);
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        return FORM;
    }

    private String startAgain(String number, boolean kiosk, String error, Model model) {
        model.addAttribute("number", number);
        model.addAttribute("kiosk", kiosk);
        model.addAttribute("error", error);
        if (kiosk) {
            // the citizen may rather answer on their own phone: the code leads to the same form in the portal
            String portal = publicUrl.of("/survei");
            model.addAttribute("portalAddress", portal);
            try {
                model.addAttribute("qr", QrCode.svg(portal, "Kode QR alamat survei: " + portal));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return START;
    }
}

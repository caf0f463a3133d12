package id.layanankecamatan.web;

import id.layanankecamatan.application.ApplicantData;
import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.ApplicationStateException;
import id.layanankecamatan.application.ApplicationStatus;
import id.layanankecamatan.application.CitizenTracking;
import id.layanankecamatan.application.InvalidApplicationException;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.document.Letter;
import id.layanankecamatan.document.LetterDownload;
import id.layanankecamatan.notify.TelegramLinks;
import id.layanankecamatan.survey.SurveyService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Tracking for citizens: number and tracking code unlock an application for this browser session; then its
 * status, timeline, letter and correction form are open without typing the code again.
 */
@Controller
public class TrackingController {

    static final String UNLOCKED = "portal.unlocked";
    static final String NOT_FOUND = "Permohonan tidak ditemukan. Periksa nomor registrasi dan kode lacak Anda.";

    private final ApplicationService service;
    private final ApplicationRepository applications;
    private final CitizenTracking tracking;
    private final ServiceCatalog catalog;
    private final TelegramLinks telegram;
    private final SurveyService surveys;

    public TrackingController(ApplicationService service, ApplicationRepository applications,
                              CitizenTracking tracking, ServiceCatalog catalog, TelegramLinks telegram,
                              SurveyService surveys) {
        this.service = service;
        this.applications = applications;
        this.tracking = tracking;
        this.catalog = catalog;
        this.telegram = telegram;
        this.surveys = surveys;
    }

    @GetMapping("/lacak")
    public String trackForm(@RequestParam(name = "nomor", required = false) String number, Model model) {
        model.addAttribute("number", number);
        return "track";
    }

    @PostMapping("/lacak")
    public String track(@RequestParam(name = "nomor", required = false) String number,
                        @RequestParam(name = "kode", required = false) String code,
                        HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<Application> application = service.findForCitizen(number, code);
        if (application.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("number", number);
            model.addAttribute("error", NOT_FOUND);
            return "track";
        }
        String registrationNumber = application.get().registrationNumber();
        SessionUnlocks.unlock(request, UNLOCKED, registrationNumber);
        return "redirect:" + statusPath(registrationNumber);
    }

    @GetMapping("/lacak/{number}")
    public String status(@PathVariable String number, HttpSession session, Model model) {
        Optional<Application> application = unlockedApplication(number, session);
        if (application.isEmpty()) {
            return redirectToTrackForm(number);
        }
        model.addAttribute("view", tracking.view(application.get()));
        model.addAttribute("telegramOn", telegram.on());
        // once finished (issued or rejected), until answered
        model.addAttribute("surveyOpen", surveys.awaitsResponse(application.get()));
        return "status";
    }

    /** A fresh Telegram link for an unlocked application, shown once on its page. */
    @PostMapping("/lacak/{number}/telegram")
    public String telegram(@PathVariable String number, HttpSession session, RedirectAttributes redirect) {
        Optional<Application> application = unlockedApplication(number, session);
        if (application.isEmpty()) {
            return redirectToTrackForm(number);
        }
        if (application.get().status().isFinal()) {
            // nothing more would come: no link that promises news
            redirect.addFlashAttribute("error", "Permohonan ini sudah selesai, tidak ada kabar lagi yang dikirim.");
        } else {
            telegram.create(application.get().id()).ifPresentOrElse(
                    link -> redirect.addFlashAttribute("telegram", link),
                    () -> redirect.addFlashAttribute("error", "Kabar lewat Telegram tidak tersedia di kantor ini."));
        }
        return "redirect:" + statusPath(application.get().registrationNumber());
    }

    @GetMapping("/lacak/{number}/surat")
    public ResponseEntity<byte[]> letter(@PathVariable String number, HttpSession session) {
        Optional<Letter> letter = unlockedApplication(number, session).flatMap(tracking::letter);
        if (letter.isEmpty()) {
            return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION,
                    redirectToTrackForm(number).substring("redirect:".length())).build();
        }
        return LetterDownload.of(letter.get());
    }

    @PostMapping("/lacak/{number}/batal")
    public String cancel(@PathVariable String number, HttpSession session, RedirectAttributes redirect) {
        Optional<Application> application = unlockedApplication(number, session);
        if (application.isEmpty()) {
            return redirectToTrackForm(number);
        }
        try {
            service.cancel(application.get());
            redirect.addFlashAttribute("notice", "Permohonan telah dibatalkan.");
        } catch (ApplicationStateException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + statusPath(application.get().registrationNumber());
    }

    @GetMapping("/lacak/{number}/perbaikan")
    public String correctionForm(@PathVariable String number, HttpSession session, Model model,
                                 RedirectAttributes redirect) {
        Optional<Application> application = unlockedApplication(number, session);
        if (application.isEmpty()) {
            return redirectToTrackForm(number);
        }
        if (application.get().status() != ApplicationStatus.RETURNED) {
            redirect.addFlashAttribute("error", "Permohonan ini tidak sedang menunggu perbaikan.");
            return "redirect:" + statusPath(application.get().registrationNumber());
        }
        return showCorrection(application.get(), ApplicantForm.of(application.get().applicant()), Map.of(), model);
    }

    @PostMapping("/lacak/{number}/perbaikan")
    public String correct(@PathVariable String number, @ModelAttribute("form") ApplicantForm form,
                          MultipartHttpServletRequest request, HttpSession session, HttpServletResponse response,
                          Model model, RedirectAttributes redirect) {
        Optional<Application> application = unlockedApplication(number, session);
        if (application.isEmpty()) {
            return redirectToTrackForm(number);
        }
        String statusPath = "redirect:" + statusPath(application.get().registrationNumber());
        // the form holds every field: one left empty is meant to be cleared, so it is passed on as sent
        ApplicantData submitted = form.toApplicantData();
        // unchanged data is no correction: then only the re-uploaded files count
        ApplicantData corrections = submitted.normalized().equals(application.get().applicant()) ? null : submitted;
        try {
            service.correct(application.get(), corrections, PortalForms.chosenFiles(request));
            redirect.addFlashAttribute("notice", "Perbaikan terkirim. Petugas akan memeriksa kembali berkas Anda.");
            return statusPath;
        } catch (InvalidApplicationException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return showCorrection(application.get(), form, PortalForms.byField(e.problems()), model);
        } catch (ApplicationStateException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return statusPath;
        }
    }

    private String showCorrection(Application application, ApplicantForm form, Map<String, String> errors,
                                  Model model) {
        model.addAttribute("view", tracking.view(application));
        model.addAttribute("service", catalog.get(application.serviceCode()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "correction";
    }

    private Optional<Application> unlockedApplication(String number, HttpSession session) {
        if (!isUnlocked(session, number)) {
            return Optional.empty();
        }
        return applications.findByRegistrationNumber(number.strip().toUpperCase());
    }

    /** Whether this browser session has opened the application with its tracking code (other pages, e.g. the survey). */
    public static boolean isUnlocked(HttpSession session, String registrationNumber) {
        return SessionUnlocks.isUnlocked(session, UNLOCKED, registrationNumber);
    }

    private static String statusPath(String registrationNumber) {
        return SessionUnlocks.pagePath("/lacak", registrationNumber);
    }

    private static String redirectToTrackForm(String number) {
        return SessionUnlocks.redirectToTrackForm("/lacak", number);
    }
}

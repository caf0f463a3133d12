package id.layanankecamatan.complaint;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import id.layanankecamatan.web.SessionUnlocks;
import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Complaints in the portal, without script: the form (/pengaduan, the registration number prefilled from ?nomor=),
 * the receipt, and tracking (/pengaduan/lacak): number and tracking code open the complaint for this browser session,
 * then its timeline, the reply and the complainant's two answers are on its page.
 */
@Controller
public class ComplaintPageController {

    static final String RECEIPT = "portal.complaint-receipt";
    static final String UNLOCKED = "portal.unlocked-complaints";
    private static final String TRACK = "/pengaduan/lacak";

    private final ComplaintIntake intake;
    private final ComplaintRepository complaints;
    private final ComplaintTracking tracking;

    public ComplaintPageController(ComplaintIntake intake, ComplaintRepository complaints, ComplaintTracking tracking) {
        this.intake = intake;
        this.complaints = complaints;
        this.tracking = tracking;
    }

    @GetMapping("/pengaduan")
    public String form(@RequestParam(name = "nomor", required = false) String registrationNumber, Model model) {
        Map<String, String> entered = new HashMap<>();
        entered.put("registrationNumber", registrationNumber);
        ComplaintForm.fill(model, entered, Map.of(), false, "/pengaduan");
        return "complaint-form";
    }

    @PostMapping("/pengaduan")
    public String submit(MultipartHttpServletRequest request, HttpSession session, HttpServletResponse response,
                         Model model) {
        try {
            ComplaintReceipt receipt = intake.submit(ComplaintForm.submission(request, ComplaintChannel.PORTAL.name(),
                    null));
            // kept in the session, not the URL: a reload of the receipt still shows the tracking code
            session.setAttribute(RECEIPT, receipt);
            return "redirect:/pengaduan/tanda-terima";
        } catch (InvalidComplaintException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            ComplaintForm.fill(model, ComplaintForm.entered(request), ComplaintForm.errors(e.problems()), false,
                    "/pengaduan");
            return "complaint-form";
        }
    }

    @GetMapping("/pengaduan/tanda-terima")
    public String receipt(HttpSession session, Model model) {
        if (!(session.getAttribute(RECEIPT) instanceof ComplaintReceipt receipt)) {
            return "redirect:/pengaduan/lacak";
        }
        model.addAttribute("receipt", receipt);
        model.addAttribute("staff", false);
        return "complaint-receipt";
    }

    @GetMapping("/pengaduan/lacak")
    public String trackForm(@RequestParam(name = "nomor", required = false) String number, Model model) {
        model.addAttribute("number", number);
        return "complaint-track";
    }

    @PostMapping("/pengaduan/lacak")
    public String track(@RequestParam(name = "nomor", required = false) String number,
                        @RequestParam(name = "kode", required = false) String code, HttpServletRequest request,
                        HttpServletResponse response, Model model) {
        Optional<Complaint> complaint = intake.findForComplainant(number, code);
        if (complaint.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("number", number);
            model.addAttribute("error", ComplaintNotFoundException.MESSAGE);
            return "complaint-track";
        }
        SessionUnlocks.unlock(request, UNLOCKED, complaint.get().number());
        return "redirect:" + statusPath(complaint.get().number());
    }

    @GetMapping("/pengaduan/lacak/{number}")
    public String status(@PathVariable String number, HttpSession session, Model model) {
        Optional<Complaint> complaint = unlockedComplaint(number, session);
        if (complaint.isEmpty()) {
            return redirectToTrackForm(number);
        }
        model.addAttribute("view", tracking.view(complaint.get()));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "complaint-status";
    }

    @PostMapping("/pengaduan/lacak/{number}/lengkapi")
    public String complete(@PathVariable String number, @RequestParam(name = "text", required = false) String text,
                           HttpSession session, RedirectAttributes redirect) {
        return answer(number, session, redirect, "lengkapi", text, "Tambahan Anda terkirim. Petugas akan memeriksanya.",
                (complaint, given) -> intake.complete(complaint, given));
    }

    @PostMapping("/pengaduan/lacak/{number}/belum-selesai")
    public String notResolved(@PathVariable String number, @RequestParam(name = "text", required = false) String text,
                              HttpSession session, RedirectAttributes redirect) {
        return answer(number, session, redirect, "belum-selesai", text,
                "Tanggapan Anda terkirim. Pengaduan dibuka kembali dan ditindaklanjuti lagi.",
                (complaint, given) -> intake.notResolved(complaint, given));
    }

    private String answer(String number, HttpSession session, RedirectAttributes redirect, String form, String text,
                          String done, java.util.function.BiConsumer<Complaint, String> action) {
        Optional<Complaint> complaint = unlockedComplaint(number, session);
        if (complaint.isEmpty()) {
            return redirectToTrackForm(number);
        }
        try {
            action.accept(complaint.get(), text);
            redirect.addFlashAttribute("notice", done);
        } catch (InvalidComplaintException e) {
            redirect.addFlashAttribute("errors", Map.of(form, e.problems().get(0).message()));
            redirect.addFlashAttribute("entered", text);
        } catch (ComplaintStateException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + statusPath(complaint.get().number());
    }

    private Optional<Complaint> unlockedComplaint(String number, HttpSession session) {
        if (!SessionUnlocks.isUnlocked(session, UNLOCKED, number)) {
            return Optional.empty();
        }
        return complaints.findByNumber(number.strip().toUpperCase());
    }

    private static String statusPath(String number) {
        return SessionUnlocks.pagePath(TRACK, number);
    }

    private static String redirectToTrackForm(String number) {
        return SessionUnlocks.redirectToTrackForm(TRACK, number);
    }
}

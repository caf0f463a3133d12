package id.layanankecamatan.complaint;

import id.layanankecamatan.privacy.PersonalDataAccess;
import id.layanankecamatan.security.StaffUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * The staff pages of complaints outside Tasklist (/staf/pengaduan, guarded by SecurityConfiguration): entering a
 * complaint received at the counter, by phone, WhatsApp, e-mail or in the suggestion box (who entered it is stored),
 * and the page of one complaint that the process's forms link to, with the rules of {@link ComplaintAccess}.
 * Anyone else gets the answer of an unknown number.
 */
@Controller
public class ComplaintStaffController {

    static final String RECEIPT = "staff.complaint-receipt";
    static final String NEW = "/staf/pengaduan/baru";
    private static final String NOT_FOUND = "Pengaduan tidak ditemukan.";

    private final ComplaintIntake intake;
    private final ComplaintRepository complaints;
    private final ComplaintTimeline timeline;
    private final ComplaintAccess access;
    private final PersonalDataAccess applicationAccess;

    public ComplaintStaffController(ComplaintIntake intake, ComplaintRepository complaints, ComplaintTimeline timeline,
                                    ComplaintAccess access, PersonalDataAccess applicationAccess) {
        this.intake = intake;
        this.complaints = complaints;
        this.timeline = timeline;
        this.access = access;
        this.applicationAccess = applicationAccess;
    }

    @GetMapping(NEW)
    public String form(@RequestParam(name = "nomor", required = false) String registrationNumber,
                       @RequestAttribute(StaffUser.ATTRIBUTE) String user, HttpServletResponse response,
                       Model model) {
        if (!access.mayEnter(user)) {
            return refused(response, model, "Pengaduan dicatat oleh petugas pengelola pengaduan atau petugas loket.");
        }
        Map<String, String> entered = new java.util.HashMap<>();
        entered.put("registrationNumber", registrationNumber);
        ComplaintForm.fill(model, entered, Map.of(), true, NEW);
        return "complaint-form";
    }

    @PostMapping(NEW)
    public String enter(@RequestAttribute(StaffUser.ATTRIBUTE) String user, MultipartHttpServletRequest request,
                        HttpSession session, HttpServletResponse response, Model model) {
        if (!access.mayEnter(user)) {
            return refused(response, model, "Pengaduan dicatat oleh petugas pengelola pengaduan atau petugas loket.");
        }
        try {
            ComplaintReceipt receipt = intake.submit(ComplaintForm.submission(request, request.getParameter("channel"),
                    user));
            session.setAttribute(RECEIPT, receipt);
            return "redirect:/staf/pengaduan/tanda-terima";
        } catch (InvalidComplaintException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            ComplaintForm.fill(model, ComplaintForm.entered(request), ComplaintForm.errors(e.problems()), true, NEW);
            return "complaint-form";
        }
    }

    /** The receipt to print or read out to the complainant. */
    @GetMapping("/staf/pengaduan/tanda-terima")
    public String receipt(HttpSession session, Model model) {
        if (!(session.getAttribute(RECEIPT) instanceof ComplaintReceipt receipt)) {
            return "redirect:" + NEW;
        }
        model.addAttribute("receipt", receipt);
        model.addAttribute("staff", true);
        return "complaint-receipt";
    }

    /**
     * One complaint for its officers and the camat; the identity of a confidential complaint is shown only when asked
     * for ({@code ?identitas=tampilkan}), and every showing is logged.
     */
    @GetMapping("/staf/pengaduan/{number}")
    public ModelAndView complaint(@PathVariable String number,
                                  @RequestParam(name = "identitas", required = false) String showIdentity,
                                  @RequestAttribute(StaffUser.ATTRIBUTE) String user) {
        String normalized = number.strip().toUpperCase();
        Optional<Complaint> found = access.mayRead(user, normalized) ? complaints.findByNumber(normalized)
                : Optional.empty();
        if (found.isEmpty()) {
            return new ModelAndView("staff-message", HttpStatus.NOT_FOUND).addObject("message", NOT_FOUND);
        }
        Complaint complaint = found.get();
        boolean identityShown = complaint.identified() && (!complaint.confidential() || "tampilkan".equals(showIdentity))
                && access.readsIdentity(user, complaint.number());
        return new ModelAndView("staff-complaint")
                .addObject("c", complaint)
                .addObject("identityShown", identityShown)
                // a link only where it opens: the application's data is for those who worked on it and the camat
                .addObject("applicationOpens", complaint.registrationNumber() != null
                        && applicationAccess.wouldAllow(user, complaint.registrationNumber()))
                .addObject("attachments", complaints.attachments(complaint.id()))
                .addObject("events", timeline.of(complaint.id(), false));
    }

    @GetMapping("/staf/pengaduan/{number}/lampiran/{attachmentId}")
    public ResponseEntity<byte[]> attachment(@PathVariable String number, @PathVariable long attachmentId,
                                             @RequestAttribute(StaffUser.ATTRIBUTE) String user) {
        String normalized = number.strip().toUpperCase();
        Optional<Complaint> complaint = access.readsAttachment(user, normalized, attachmentId)
                ? complaints.findByNumber(normalized) : Optional.empty();
        Optional<ComplaintAttachment> meta = complaint.flatMap(c -> complaints.attachments(c.id()).stream()
                .filter(a -> a.id() == attachmentId).findFirst());
        Optional<byte[]> content = complaint.flatMap(c -> complaints.attachmentContent(c.id(), attachmentId));
        if (meta.isEmpty() || content.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(meta.get().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(meta.get().fileName()).build().toString())
                // personal data: never cached by a shared browser or proxy
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(content.get());
    }

    private static String refused(HttpServletResponse response, Model model, String message) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("message", message);
        return "staff-message";
    }
}

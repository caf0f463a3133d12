package id.layanankecamatan.privacy;

import id.layanankecamatan.security.StaffUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The access log as a read-only staff page for the camat and the administrators; {@link AccessLogApiController}
 * serves it as JSON.
 */
@Controller
public class AccessLogController {

    static final int PAGE_SIZE = 50;

    private final AccessLog log;
    private final PersonalDataAccess access;

    public AccessLogController(AccessLog log, PersonalDataAccess access) {
        this.log = log;
        this.access = access;
    }

    @GetMapping("/staff/akses-data")
    public ModelAndView page(@RequestParam(value = "nomor", required = false) String number,
                             @RequestParam(value = "halaman", defaultValue = "0") int page,
                             @RequestAttribute(StaffUser.ATTRIBUTE) String user) {
        if (!access.mayReadLog(user)) {
            return new ModelAndView("staff-message", HttpStatus.FORBIDDEN)
                    .addObject("message", PersonalDataAccess.ONLY_CAMAT_READS_LOG);
        }
        String filter = normalise(number);
        int current = Math.max(0, page);
        long total = log.count(filter);
        return new ModelAndView("staff-access-log")
                .addObject("entries", log.page(filter, current, PAGE_SIZE))
                .addObject("number", filter)
                .addObject("page", current)
                .addObject("hasNext", (long) (current + 1) * PAGE_SIZE < total)
                .addObject("total", total);
    }

    /** A registration number as typed (any case, spaces around), or null for all. */
    static String normalise(String number) {
        return number == null || number.isBlank() ? null : number.strip().toUpperCase();
    }
}

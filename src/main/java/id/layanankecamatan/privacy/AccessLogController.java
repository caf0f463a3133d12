package id.layanankecamatan.privacy;

import id.layanankecamatan.security.StaffUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/** The access log for the camat and the administrators: a staff page and a JSON API, both read-only. */
@Controller
public class AccessLogController {

    private static final int PAGE_SIZE = 50;
    private static final String ONLY_CAMAT = "Log akses data pribadi hanya dapat dibaca oleh camat dan administrator.";

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
            return new ModelAndView("staff-message", HttpStatus.FORBIDDEN).addObject("message", ONLY_CAMAT);
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

    @GetMapping(value = "/api/v1/access-log", produces = "application/json")
    @ResponseBody
    public ResponseEntity<Object> api(@RequestParam(value = "registrationNumber", required = false) String number,
                                      @RequestParam(value = "page", defaultValue = "0") int page,
                                      @RequestAttribute(StaffUser.ATTRIBUTE) String user) {
        if (!access.mayReadLog(user)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ONLY_CAMAT));
        }
        String filter = normalise(number);
        int current = Math.max(0, page);
        List<AccessLogEntry> entries = log.page(filter, current, PAGE_SIZE);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("registrationNumber", filter);
        body.put("page", current);
        body.put("size", PAGE_SIZE);
        body.put("total", log.count(filter));
        body.put("entries", entries);
        return ResponseEntity.ok(body);
    }

    private static String normalise(String number) {
        return number == null || number.isBlank() ? null : number.strip().toUpperCase();
    }
}

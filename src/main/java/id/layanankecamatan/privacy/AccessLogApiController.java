package id.layanankecamatan.privacy;

import id.layanankecamatan.api.ApiController;
import id.layanankecamatan.api.ForbiddenProblem;
import id.layanankecamatan.security.StaffUser;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The access log as read-only JSON for the camat and the administrators, a page at a time. */
@ApiController
public class AccessLogApiController {

    private final AccessLog log;
    private final PersonalDataAccess access;

    public AccessLogApiController(AccessLog log, PersonalDataAccess access) {
        this.log = log;
        this.access = access;
    }

    @GetMapping(value = "/api/v1/access-log", produces = "application/json")
    public Map<String, Object> entries(@RequestParam(value = "registrationNumber", required = false) String number,
                                       @RequestParam(value = "page", defaultValue = "0") int page,
                                       @RequestAttribute(StaffUser.ATTRIBUTE) String user) {
        if (!access.mayReadLog(user)) {
            throw new ForbiddenProblem("Tidak diizinkan", PersonalDataAccess.ONLY_CAMAT_READS_LOG);
        }
        String filter = AccessLogController.normalise(number);
        int current = Math.max(0, page);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("registrationNumber", filter);
        body.put("page", current);
        body.put("size", AccessLogController.PAGE_SIZE);
        body.put("total", log.count(filter));
        body.put("entries", log.page(filter, current, AccessLogController.PAGE_SIZE));
        return body;
    }
}

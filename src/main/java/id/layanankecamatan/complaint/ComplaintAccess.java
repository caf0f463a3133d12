package id.layanankecamatan.complaint;

import id.layanankecamatan.privacy.AccessLog;
import id.layanankecamatan.security.StaffGroups;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Who may do what with complaints on the staff side (contract of issue 15, Perpres 76/2013):
 * <ul>
 *   <li>enter a complaint received at the counter, by phone, WhatsApp, e-mail or in the suggestion box: the complaint
 *   officers and the front office;</li>
 *   <li>read a complaint (its page, its attachments): the complaint officers and the camat;</li>
 *   <li>read the complainant's identity: the complaint officers and the camat; a confidential complaint shows it only
 *   on request. Every read of an identity or an attachment is written to the personal-data access log (item
 *   {@value #IDENTITY} or {@code COMPLAINT_FILE:<id>}, under the complaint's number), and so is every refusal.</li>
 * </ul>
 */
@Component
public class ComplaintAccess {

    public static final String IDENTITY = "COMPLAINT_IDENTITY";
    public static final String PAGE = "COMPLAINT";

    private final IdentityService identity;
    private final AccessLog log;

    public ComplaintAccess(IdentityService identity, AccessLog log) {
        this.identity = identity;
        this.log = log;
    }

    public boolean mayEnter(String user) {
        List<String> groups = groups(user);
        return groups.contains(StaffGroups.COMPLAINTS) || groups.contains(StaffGroups.FRONT_OFFICE);
    }

    /** Whether the user may open the complaint; a refusal is logged (the caller answers it like an unknown number). */
    public boolean mayRead(String user, String number) {
        Optional<String> reason = readerReason(user);
        if (reason.isEmpty()) {
            log.record(user, number, PAGE, null, false);
        }
        return reason.isPresent();
    }

    /** Whether the user may see the complainant's identity now; logged either way. */
    public boolean readsIdentity(String user, String number) {
        Optional<String> reason = readerReason(user);
        log.record(user, number, IDENTITY, reason.orElse(null), reason.isPresent());
        return reason.isPresent();
    }

    /** Whether the user may open an attachment (it may show the complainant); logged either way. */
    public boolean readsAttachment(String user, String number, long attachmentId) {
        Optional<String> reason = readerReason(user);
        log.record(user, number, "COMPLAINT_FILE:" + attachmentId, reason.orElse(null), reason.isPresent());
        return reason.isPresent();
    }

    private Optional<String> readerReason(String user) {
        List<String> groups = groups(user);
        if (groups.contains(StaffGroups.COMPLAINTS)) {
            return Optional.of(StaffGroups.COMPLAINTS);
        }
        return groups.contains(StaffGroups.CAMAT) ? Optional.of(StaffGroups.CAMAT) : Optional.empty();
    }

    private List<String> groups(String user) {
        return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }
}

package id.layanankecamatan.privacy;

import id.layanankecamatan.security.StaffGroups;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The one rule for who may read a citizen's personal data on the staff side (scans, letter preview, the applicant's
 * data page): the assignee or a candidate (user or group) of an open task of the application, whoever completed a
 * task of it (their step passed), the camat and the administrators. Every answer, yes or no, goes to the
 * {@link AccessLog}. Callers answer a refusal exactly like an unknown number.
 */
@Component
public class PersonalDataAccess {

    public static final String APPLICANT_DATA = "APPLICANT_DATA";
    public static final String LETTER_PREVIEW = "LETTER_PREVIEW";
    /** What the page and the API answer whoever else asks for the access log. */
    public static final String ONLY_CAMAT_READS_LOG =
            "Log akses data pribadi hanya dapat dibaca oleh camat dan administrator.";

    private final IdentityService identity;
    private final TaskService tasks;
    private final HistoryService history;
    private final AccessLog log;

    public PersonalDataAccess(IdentityService identity, TaskService tasks, HistoryService history, AccessLog log) {
        this.identity = identity;
        this.tasks = tasks;
        this.history = history;
        this.log = log;
    }

    public static String scan(long attachmentId) {
        return "SCAN:" + attachmentId;
    }

    /** Whether the user may read this item of the application; written to the access log either way. */
    public boolean allows(String user, String registrationNumber, String item) {
        Optional<String> reason = reason(user, registrationNumber);
        log.record(user, registrationNumber, item, reason.orElse(null), reason.isPresent());
        return reason.isPresent();
    }

    /**
     * Whether a link to this application's data would open for the user (the same rule as {@link #allows}); a look
     * at the rule to decide whether to show the link, not a read of the data, so it is not logged.
     */
    public boolean wouldAllow(String user, String registrationNumber) {
        return reason(user, registrationNumber).isPresent();
    }

    /** Who reads the access log itself: the camat and the administrators. */
    public boolean mayReadLog(String user) {
        List<String> groups = groups(user);
        return groups.contains(StaffGroups.CAMAT) || groups.contains(StaffGroups.ADMIN);
    }

    /**
     * Why the user may, or empty. The engine's queries run without a Camunda authentication, so that its
     * authorization checks do not blur the rule: the rule is this method, nothing else.
     */
    Optional<String> reason(String user, String registrationNumber) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return grant(user, registrationNumber);
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    private Optional<String> grant(String user, String registrationNumber) {
        List<String> groups = groups(user);
        if (groups.contains(StaffGroups.CAMAT)) {
            return Optional.of("camat");
        }
        if (groups.contains(StaffGroups.ADMIN)) {
            return Optional.of("admin");
        }
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(registrationNumber).list()) {
            if (user.equals(task.getAssignee()) || isCandidate(task, user, groups)) {
                return Optional.of("task:" + task.getId() + " " + task.getName());
            }
        }
        boolean passed = history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(registrationNumber)
                .taskAssignee(user).finished().taskDeleteReason("completed").count() > 0;
        return passed ? Optional.of("completed-step") : Optional.empty();
    }

    private boolean isCandidate(Task task, String user, List<String> groups) {
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())
                    && (user.equals(link.getUserId()) || groups.contains(link.getGroupId()))) {
                return true;
            }
        }
        return false;
    }

    private List<String> groups(String user) {
        return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }
}

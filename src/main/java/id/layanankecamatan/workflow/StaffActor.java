package id.layanankecamatan.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completed a task, for the timeline: the logged-in Camunda user, else the assignee. */
public final class StaffActor {

    private StaffActor() {
    }

    public static String of(DelegateTask task) {
        String known = known(task);
        return known == null ? "petugas" : known;
    }

    /**
     * The account that really completed the task, or null when the engine's API completed it without a user (the
     * letter's signer is then the camat's account, not a made-up name).
     */
    static String known(DelegateTask task) {
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            return current.getUserId();
        }
        return task.getAssignee();
    }
}

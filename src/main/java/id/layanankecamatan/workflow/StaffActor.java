package id.layanankecamatan.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completed a task, for the timeline: the logged-in Camunda user, else the assignee. */
final class StaffActor {

    private StaffActor() {
    }

    static String of(DelegateTask task) {
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            return current.getUserId();
        }
        return task.getAssignee() == null ? "petugas" : task.getAssignee();
    }
}

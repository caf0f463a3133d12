package id.layanankecamatan.workflow;

import java.util.Map;
import java.util.Set;

/** The decisions each staff task accepts; a note is owed to the citizen whenever the answer is not "yes". */
final class StaffDecision {

    static final String ACCEPT = "accept";
    static final String RETURN = "return";
    static final String REJECT = "reject";
    static final String SIGN = "sign";
    static final String CONFIRM = "confirm";
    static final String APPROVE = "approve";
    static final String PARAF = "paraf";

    private static final Map<String, Set<String>> ALLOWED = Map.of(
            ProcessIds.TASK_VERIFY, Set.of(ACCEPT, RETURN, REJECT),
            ProcessIds.TASK_SIGN, Set.of(SIGN, REJECT),
            ProcessIds.TASK_CONFIRM_ORIGINAL, Set.of(CONFIRM, REJECT),
            ProcessIds.TASK_REVIEW, Set.of(APPROVE, REJECT),
            ProcessIds.TASK_PARAF, Set.of(PARAF, REJECT));

    private StaffDecision() {
    }

    static Set<String> allowedFor(String taskKey) {
        Set<String> allowed = ALLOWED.get(taskKey);
        if (allowed == null) {
            throw new IllegalStateException("Task " + taskKey + " is not a decision task");
        }
        return allowed;
    }

    static boolean needsNote(String decision) {
        return RETURN.equals(decision) || REJECT.equals(decision);
    }
}

package id.layanankecamatan.workflow;

import id.layanankecamatan.sla.OverallDeadlineDelegate;

/**
 * Element ids, variables and values of the BPMN in processes/ that only tests name, in one place; those the main code
 * uses too are in {@link ProcessIds}, the decisions in {@link StaffDecision}.
 */
public final class ProcessElements {

    // the BPMN files, as the application deploys them from the classpath
    public static final String BPMN_VERIFICATION = "processes/shared/verification.bpmn";
    public static final String BPMN_REVIEW = "processes/shared/review.bpmn";
    public static final String BPMN_SIGNING = "processes/shared/signing.bpmn";
    public static final String BPMN_PARAF = "processes/shared/paraf.bpmn";
    public static final String BPMN_DOMISILI = "processes/domisili.bpmn";
    public static final String BPMN_DOMISILI_LEMBAGA = "processes/domisili-lembaga.bpmn";
    public static final String BPMN_KERAMAIAN = "processes/keramaian.bpmn";
    public static final String BPMN_AHLI_WARIS = "processes/ahli-waris.bpmn";
    public static final String BPMN_PINDAH = "processes/pindah.bpmn";
    public static final String BPMN_DISPENSASI_NIKAH = "processes/dispensasi-nikah.bpmn";
    public static final String BPMN_LEGALISASI = "processes/legalisasi.bpmn";
    public static final String BPMN_SKTM = "processes/sktm.bpmn";
    public static final String BPMN_SKU = "processes/sku.bpmn";

    // the steps of a service in the catalogue, which the shared BPMN asks routing, forms and deadlines about
    public static final String STEP_VERIFY = "verify";
    public static final String STEP_REVIEW = "review";
    public static final String STEP_SIGN = "sign";
    public static final String STEP_CONFIRM_ORIGINAL = "confirm-original";

    // every service process
    public static final String START_APPLICATION_SUBMITTED = "start_application_submitted";

    // the watch over the completion time promised to the citizen (an event subprocess of every service process)
    public static final String OVERALL_DEADLINE_WATCH = "overall_deadline_watch";
    public static final String OVERALL_DEADLINE_REACHED = "overall_deadline_reached";
    public static final String OVERALL_DEADLINE_CHECK = "overall_deadline_check";
    public static final String OVERALL_DEADLINE_ESCALATED = "overall_deadline_escalated";
    public static final String OVERALL_DEADLINE_WAIT = "overall_deadline_wait";

    // sktm.bpmn: a field check only for a family outside the DTSEN register
    public static final String GATEWAY_REVIEW_NEEDED = "gateway_review_needed";
    public static final String FIELD_DTSEN_DESIL = "dtsenDesil";

    // legalisasi.bpmn
    public static final String TASK_NOTIFY_REJECTED_ORIGINAL = "task_notify_rejected_original";

    // review.bpmn
    public static final String END_REVIEW_REJECTED = "end_review_rejected";

    // variables
    /** Input parameter of every notify task: which message the citizen gets. */
    public static final String VAR_NOTIFICATION = "notification";
    /** Input parameters of the escalation tasks: which escalation (1, 2) and the group told. */
    public static final String VAR_ESCALATION_LEVEL = "level";
    public static final String VAR_ESCALATION_GROUP = "group";
    public static final String VAR_OVERALL_PASSED = OverallDeadlineDelegate.VAR_PASSED;

    // the messages of the notify tasks
    public static final String NOTIFY_RECEIVED = "received";
    public static final String NOTIFY_RETURNED = "returned";
    public static final String NOTIFY_REMINDER = "reminder";
    public static final String NOTIFY_CLOSED = "closed";
    public static final String NOTIFY_REJECTED = "rejected";
    public static final String NOTIFY_ISSUED = "issued";

    private ProcessElements() {
    }

    /** The three boundary timers on every staff task, named {@code <task>_sla_<kind>}, with their service tasks. */
    public enum SlaTimer {
        REMINDER("reminder"), DUE("due"), OVERDUE("overdue");

        private final String kind;

        SlaTimer(String kind) {
            this.kind = kind;
        }

        /** The timer on the task, e.g. {@code task_verify_application_sla_reminder}. */
        public String on(String taskId) {
            return taskId + "_sla_" + kind;
        }

        /** The service task the timer starts (reminder or escalation). */
        public String actionOn(String taskId) {
            return on(taskId) + "_action";
        }

        /** The end of the timer's branch. */
        public String endOn(String taskId) {
            return on(taskId) + "_end";
        }
    }
}

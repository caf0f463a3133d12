package id.layanankecamatan.workflow;

/** Element ids, messages and variables of processes/domisili.bpmn, named once for code and tests. */
public final class DomisiliProcess {

    public static final String KEY = "domisili";

    public static final String TASK_VERIFY = "task_verify_application";
    public static final String TASK_SIGN = "task_sign_letter";
    public static final String TASK_AWAIT_CORRECTION = "task_await_correction";
    public static final String TASK_ISSUE_LETTER = "task_issue_letter";
    public static final String TASK_CLOSE = "task_close_application";
    public static final String TASK_NOTIFY_RECEIVED = "task_notify_received";
    public static final String TASK_NOTIFY_RETURNED = "task_notify_returned";
    public static final String TASK_NOTIFY_REJECTED = "task_notify_rejected";
    public static final String TASK_NOTIFY_REJECTED_AT_SIGNING = "task_notify_rejected_at_signing";
    public static final String TASK_NOTIFY_ISSUED = "task_notify_issued";
    public static final String TASK_NOTIFY_CLOSED = "task_notify_closed";
    public static final String TIMER_CORRECTION_OVERDUE = "timer_correction_overdue";

    public static final String END_ISSUED = "end_letter_issued";
    public static final String END_REJECTED = "end_rejected";
    public static final String END_REJECTED_AT_SIGNING = "end_rejected_at_signing";
    public static final String END_CLOSED = "end_closed";

    public static final String MESSAGE_CORRECTION_SUBMITTED = "CorrectionSubmitted";

    public static final String VAR_SERVICE_CODE = "serviceCode";
    public static final String VAR_DECISION = "decision";
    public static final String VAR_NOTE = "note";

    private DomisiliProcess() {
    }
}

package id.layanankecamatan.complaint;

/** Element ids, messages, variables and decisions of processes/complaint.bpmn, named once for code and tests. */
public final class ComplaintIds {

    public static final String PROCESS = "complaint";
    public static final String BPMN = "processes/complaint.bpmn";

    public static final String START = "start_complaint_received";
    public static final String TASK_VERIFY = "task_verify_complaint";
    public static final String TASK_VERIFY_SLA_DUE = "task_verify_complaint_sla_due";
    public static final String TASK_NOTIFY_INCOMPLETE = "task_notify_incomplete";
    public static final String TASK_AWAIT_COMPLETION = "task_await_completion";
    public static final String TIMER_COMPLETION_OVERDUE = "timer_completion_overdue";
    public static final String TASK_RECORD_COMPLETION = "task_record_completion";
    public static final String TASK_CLOSE_INCOMPLETE = "task_close_incomplete";
    public static final String TASK_NOTIFY_CLOSED_INCOMPLETE = "task_notify_closed_incomplete";
    public static final String END_CLOSED_INCOMPLETE = "end_closed_incomplete";
    public static final String TASK_NOTIFY_FORWARDED = "task_notify_forwarded";
    public static final String END_FORWARDED = "end_forwarded";
    public static final String TASK_NOTIFY_ACCEPTED = "task_notify_accepted";
    public static final String TASK_HANDLE = "task_handle_complaint";
    public static final String TASK_NOTIFY_REPLY = "task_notify_reply";
    public static final String TASK_AWAIT_NOT_RESOLVED = "task_await_not_resolved";
    public static final String TIMER_REOPEN_WINDOW_OVER = "timer_reopen_window_over";
    public static final String TASK_REOPEN = "task_reopen_complaint";
    public static final String TASK_CLOSE_AFTER_WINDOW = "task_close_after_window";
    public static final String TASK_CLOSE_AFTER_SECOND_REPLY = "task_close_after_second_reply";
    public static final String END_CLOSED = "end_closed";
    public static final String END_CLOSED_AFTER_SECOND_REPLY = "end_closed_after_second_reply";
    /** The event subprocess that watches the 14-day acknowledgement floor. */
    public static final String ACKNOWLEDGEMENT_WATCH = "acknowledgement_watch";
    public static final String ACKNOWLEDGEMENT_DUE = "acknowledgement_due_reached";
    public static final String ACKNOWLEDGEMENT_CHECK = "acknowledgement_check";

    public static final String MESSAGE_COMPLETED = "ComplaintCompleted";
    public static final String MESSAGE_NOT_RESOLVED = "ComplaintNotResolved";

    /** The only variable the intake starts the process with. */
    public static final String VAR_COMPLAINT_TYPE = "complaintType";
    // what the verification form submits; the texts are moved to the complaint row and removed from the process
    public static final String VAR_DECISION = "complaintDecision";
    public static final String VAR_CLASS = "complaintClass";
    public static final String VAR_REQUEST = "completionRequest";
    public static final String VAR_FORWARDED_TO = "forwardedTo";
    public static final String VAR_LAPOR_REFERENCE = "laporReference";
    public static final String VAR_FORWARD_NOTE = "forwardNote";
    // what the handling form submits
    public static final String VAR_REPLY = "replyText";
    /** Input of the notify tasks: which {@link ComplaintNotice} the complainant gets. */
    public static final String VAR_NOTICE = "complaintNotice";

    public static final String DECISION_INCOMPLETE = "incomplete";
    public static final String DECISION_FORWARD = "forward";
    public static final String DECISION_ACCEPT = "accept";

    private ComplaintIds() {
    }
}

package id.layanankecamatan.workflow;

/**
 * Element ids, messages and variables of the BPMN in processes/, named once for code and tests. Each service
 * process (e.g. domisili.bpmn) calls the shared steps verification.bpmn and signing.bpmn.
 */
public final class ProcessIds {

    // a service process
    public static final String TASK_NOTIFY_RECEIVED = "task_notify_received";
    public static final String CALL_VERIFICATION = "call_verification";
    public static final String CALL_SIGNING = "call_signing";
    public static final String ERROR_VERIFICATION_REJECTED = "error_verification_rejected";
    public static final String ERROR_VERIFICATION_CLOSED = "error_verification_closed";
    public static final String ERROR_SIGNING_REJECTED = "error_signing_rejected";
    public static final String END_ISSUED = "end_letter_issued";
    public static final String END_REJECTED = "end_rejected";
    public static final String END_REJECTED_AT_SIGNING = "end_rejected_at_signing";
    public static final String END_CLOSED = "end_closed";

    // legalisasi.bpmn: the officer sees the original document before signing
    public static final String TASK_CONFIRM_ORIGINAL = "task_confirm_original";
    public static final String END_REJECTED_ORIGINAL = "end_rejected_original";

    // shared step: verification.bpmn
    public static final String VERIFICATION = "verification";
    public static final String TASK_VERIFY = "task_verify_application";
    public static final String TASK_NOTIFY_RETURNED = "task_notify_returned";
    public static final String TASK_AWAIT_CORRECTION = "task_await_correction";
    public static final String END_RETURNED_NOTIFIED = "end_returned_notified";
    public static final String TIMER_CORRECTION_OVERDUE = "timer_correction_overdue";
    public static final String TIMER_CORRECTION_REMINDER = "timer_correction_reminder";
    public static final String TASK_NOTIFY_CORRECTION_REMINDER = "task_notify_correction_reminder";
    public static final String END_CORRECTION_REMINDED = "end_correction_reminded";
    public static final String TASK_CLOSE = "task_close_application";
    public static final String TASK_NOTIFY_CLOSED = "task_notify_closed";
    public static final String TASK_NOTIFY_REJECTED = "task_notify_rejected";
    public static final String END_VERIFICATION_ACCEPTED = "end_verification_accepted";
    public static final String END_VERIFICATION_REJECTED = "end_verification_rejected";
    public static final String END_VERIFICATION_CLOSED = "end_verification_closed";

    // shared step: review.bpmn (section head, with a field check where needed)
    public static final String REVIEW = "review";
    public static final String CALL_REVIEW = "call_review";
    public static final String TASK_REVIEW = "task_review_application";
    public static final String ERROR_REVIEW_REJECTED = "error_review_rejected";
    public static final String END_REJECTED_AT_REVIEW = "end_rejected_at_review";
    public static final String END_REVIEW_APPROVED = "end_review_approved";
    public static final String TASK_NOTIFY_REJECTED_AT_REVIEW = "task_notify_rejected_at_review";

    // shared step: signing.bpmn
    public static final String SIGNING = "signing";
    public static final String CALL_PARAF = "call_paraf";
    public static final String TASK_SIGN = "task_sign_letter";
    public static final String TASK_ISSUE_LETTER = "task_issue_letter";
    public static final String TASK_NOTIFY_ISSUED = "task_notify_issued";
    public static final String TASK_NOTIFY_REJECTED_AT_SIGNING = "task_notify_rejected_at_signing";
    public static final String END_SIGNING_REJECTED = "end_signing_rejected";

    // shared step: paraf.bpmn (the draft letter initialled before signing), called once per paraf step
    public static final String PARAF = "paraf";
    public static final String TASK_PARAF = "task_paraf_letter";
    public static final String END_PARAF_GIVEN = "end_paraf_given";
    public static final String TASK_NOTIFY_REJECTED_AT_PARAF = "task_notify_rejected_at_paraf";
    public static final String END_PARAF_REJECTED = "end_paraf_rejected";
    public static final String VAR_PARAF_STEP = "parafStep";

    public static final String MESSAGE_CORRECTION_SUBMITTED = "CorrectionSubmitted";

    public static final String VAR_SERVICE_CODE = "serviceCode";
    public static final String VAR_DECISION = "decision";
    public static final String VAR_NOTE = "note";
    /** Set when an officer returns an application: when the wait for the citizen's correction ends. */
    public static final String VAR_CORRECTION_DUE = "correctionDue";
    /** When the citizen is reminded of the correction deadline (a timer on the wait for the correction). */
    public static final String VAR_CORRECTION_REMINDER = "correctionReminder";
    /** Set when a signer signs: the user whose name and title go on the letter. */
    public static final String VAR_SIGNED_BY = "signedBy";

    private ProcessIds() {
    }
}

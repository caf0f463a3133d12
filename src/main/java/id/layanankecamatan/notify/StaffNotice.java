package id.layanankecamatan.notify;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the office's service-level watch tells staff by mail; texts in {@code notices/staff-mail/}. */
public enum StaffNotice implements MessageKind {

    /** To whoever holds a step (or its groups) when most of its time is used. */
    STEP_REMINDER("step-reminder", "number", "step", "due"),
    /** To the sekcam, later the camat, when a step is overdue; either {@code assignee} or {@code groups} is given. */
    STEP_OVERDUE("step-overdue", "number", "step", "due", "assignee", "groups"),
    /** To the camat when the completion time promised to the citizen has passed. */
    COMPLETION_OVERDUE("completion-overdue", "number", "due"),
    /** A complaint's step ({@link #STEP_REMINDER}, in a complaint's words). */
    COMPLAINT_STEP_REMINDER("complaint-step-reminder", "number", "step", "due"),
    /** A complaint's step overdue ({@link #STEP_OVERDUE}, in a complaint's words). */
    COMPLAINT_STEP_OVERDUE("complaint-step-overdue", "number", "step", "due", "assignee", "groups"),
    /** To the sekcam and camat: no written acknowledgement 14 days after receipt (UU 25/2009). */
    COMPLAINT_UNACKNOWLEDGED("complaint-unacknowledged", "number", "due");

    private final String templateName;
    private final Set<String> placeholders;

    StaffNotice(String templateName, String... placeholders) {
        this.templateName = templateName;
        this.placeholders = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(placeholders)));
    }

    @Override
    public String templateName() {
        return templateName;
    }

    @Override
    public Set<String> placeholders() {
        return placeholders;
    }

    /** {@code due}: the step's limit as staff read it, e.g. "3 Juni 2037 16:00 WITA". */
    public static Filled stepReminder(String number, String step, String due) {
        return new Filled(STEP_REMINDER, Map.of("number", number, "step", step, "due", due));
    }

    /** {@code assignee} null while nobody has claimed the step; then its candidate {@code groups} are named. */
    public static Filled stepOverdue(String number, String step, String due, String assignee, List<String> groups) {
        return overdue(STEP_OVERDUE, number, step, due, assignee, groups);
    }

    public static Filled complaintStepReminder(String number, String step, String due) {
        return new Filled(COMPLAINT_STEP_REMINDER, Map.of("number", number, "step", step, "due", due));
    }

    public static Filled complaintStepOverdue(String number, String step, String due, String assignee,
                                              List<String> groups) {
        return overdue(COMPLAINT_STEP_OVERDUE, number, step, due, assignee, groups);
    }

    public static Filled complaintUnacknowledged(String number, String due) {
        return new Filled(COMPLAINT_UNACKNOWLEDGED, Map.of("number", number, "due", due));
    }

    private static Filled overdue(StaffNotice kind, String number, String step, String due, String assignee,
                                  List<String> groups) {
        Map<String, String> values = new HashMap<>(Map.of("number", number, "step", step, "due", due));
        if (assignee != null) {
            values.put("assignee", assignee);
        } else {
            values.put("groups", String.join(", ", groups));
        }
        return new Filled(kind, values);
    }

    public static Filled completionOverdue(String number, String due) {
        return new Filled(COMPLETION_OVERDUE, Map.of("number", number, "due", due));
    }

    /** A staff notice with its values, ready for {@link StaffMail}. */
    public record Filled(StaffNotice notice, Map<String, String> values) {
    }
}

package id.layanankecamatan.notify;

import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationStatus;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the office tells an applicant, whatever the channel. The BPMN names a notice by the input parameter
 * {@code notification} of a {@code task_notify_*} step ({@code received}, {@code returned} …); that name is also the
 * template's file name on every channel. Each notice offers the placeholders below, filled by
 * {@link NoticeFactsReader}.
 */
public enum Notice implements MessageKind {

    /** {@code telegramUrl}: a single-use link that binds a Telegram chat, only when the bot is configured. */
    RECEIVED("received", "trackingCode", "telegramUrl"),
    RETURNED("returned", "note", "correctionDue"),
    /** Two working days before the correction deadline, while the correction has not come. */
    REMINDER("reminder", "correctionDue"),
    /** {@code complaintUrl}: the complaint form with the registration number filled in (issue 15). */
    REJECTED("rejected", "note", "surveyUrl", "complaintUrl"),
    CLOSED("closed"),
    /** {@code verificationUrl} is absent for a letter issued before letters had one (V2). */
    ISSUED("issued", "letterNumber", "verificationUrl", "surveyUrl", "complaintUrl");

    private final String bpmnName;
    private final Set<String> placeholders;

    Notice(String bpmnName, String... own) {
        this.bpmnName = bpmnName;
        Set<String> names = new LinkedHashSet<>(aboutEveryApplication());
        names.addAll(List.of(own));
        this.placeholders = Collections.unmodifiableSet(names);
    }

    /** What every notice can say: the applicant's name, the service's name, the registration number, its page. */
    static List<String> aboutEveryApplication() {
        // a method, not a constant: an enum's constructor runs before its static fields are set
        return List.of("name", "service", "number", "trackingUrl");
    }

    /** The notice a BPMN step names; an unknown name is a modelling error and becomes an incident saying so. */
    public static Notice fromBpmn(String name) {
        return Arrays.stream(values()).filter(n -> n.bpmnName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown notification '" + name + "'; known: "
                        + Arrays.stream(values()).map(Notice::bpmnName).collect(Collectors.joining(", "))));
    }

    public String bpmnName() {
        return bpmnName;
    }

    @Override
    public String templateName() {
        return bpmnName;
    }

    @Override
    public Set<String> placeholders() {
        return placeholders;
    }

    /**
     * Whether the notice still says something true. The citizen may correct (or withdraw) from the tracking page
     * before the asynchronous "returned" step runs; a request to correct by a deadline that no longer exists would
     * only confuse; so would a reminder of it. This holds for every channel, so it lives here and not in one of them.
     */
    public boolean appliesTo(Application application) {
        return (this != RETURNED && this != REMINDER) || application.status() == ApplicationStatus.RETURNED;
    }
}

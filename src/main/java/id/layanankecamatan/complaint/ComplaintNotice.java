package id.layanankecamatan.complaint;

import id.layanankecamatan.notify.MessageKind;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the handling tells the complainant by mail (texts in {@code notices/complaint-mail/}); the receipt is the
 * intake's. {@code note} is the public timeline entry of the complaint's {@link #status} that the officer's decision
 * wrote (the request, the forwarding), {@code reply} the written reply.
 */
public enum ComplaintNotice implements MessageKind {
    INCOMPLETE("incomplete", ComplaintStatus.PERLU_DILENGKAPI, "note"),
    FORWARDED("forwarded", ComplaintStatus.DITERUSKAN, "note"),
    ACCEPTED("accepted", ComplaintStatus.DITINDAKLANJUTI, "note"),
    REPLIED("replied", ComplaintStatus.SELESAI, "reply", "reopenDays"),
    CLOSED_INCOMPLETE("closed-incomplete", ComplaintStatus.DITUTUP, "note");

    private final String templateName;
    private final ComplaintStatus status;
    private final Set<String> placeholders;

    ComplaintNotice(String templateName, ComplaintStatus status, String... own) {
        this.templateName = templateName;
        this.status = status;
        Set<String> all = new LinkedHashSet<>(List.of("number", "trackingUrl"));
        all.addAll(List.of(own));
        this.placeholders = Set.copyOf(all);
    }

    /** The name used in the BPMN's input parameter {@code complaintNotice}, e.g. {@code closed-incomplete}. */
    public String bpmnName() {
        return templateName;
    }

    public static ComplaintNotice fromBpmn(String name) {
        return Arrays.stream(values()).filter(n -> n.templateName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown complaint notice '" + name + "'; known: "
                        + Arrays.stream(values()).map(ComplaintNotice::bpmnName).collect(Collectors.joining(", "))));
    }

    /** The status whose public timeline entry the notice quotes. */
    ComplaintStatus status() {
        return status;
    }

    /**
     * Whether the notice still tells the truth in {@code current}; a reply stays true once the complaint is closed
     * (a second reply closes it at once).
     */
    boolean appliesTo(ComplaintStatus current) {
        return current == status || this == REPLIED && current == ComplaintStatus.DITUTUP;
    }

    @Override
    public String templateName() {
        return templateName;
    }

    @Override
    public Set<String> placeholders() {
        return placeholders;
    }
}

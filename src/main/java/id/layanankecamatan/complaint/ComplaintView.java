package id.layanankecamatan.complaint;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The complainant's view of their complaint (API and tracking page): where it stands, its deadlines, the public
 * timeline (no officer names, no internal notes), the written reply, and what the complainant may still do.
 */
public record ComplaintView(String complaintNumber, String type, String typeLabel, String channelLabel,
                            ComplaintStatus status, String statusLabel, String registrationNumber,
                            OffsetDateTime receivedAt, OffsetDateTime verificationDue,
                            OffsetDateTime acknowledgementDue, OffsetDateTime dueAt, List<Entry> timeline,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Reply reply, boolean awaitingCompletion,
                            boolean notResolvedPossible,
                            @JsonInclude(JsonInclude.Include.NON_NULL) OffsetDateTime notResolvedUntil) {

    /** One public entry; {@code byComplainant} marks the complainant's own additions and answers. */
    public record Entry(ComplaintStatus status, String label, String note, boolean byComplainant,
                        OffsetDateTime occurredAt) {
    }

    public record Reply(String text, OffsetDateTime repliedAt) {
    }

    static ComplaintView of(Complaint c, List<ComplaintTimeline.Entry> publicEntries, OffsetDateTime now) {
        List<Entry> entries = publicEntries.stream().map(e -> {
            boolean own = ComplaintIntake.COMPLAINANT.equals(e.actor()) && e.status() != ComplaintStatus.DITERIMA;
            return new Entry(e.status(), own ? ownLabel(e.status()) : e.status().label(), e.note(), own,
                    e.occurredAt());
        }).toList();
        boolean notResolvedPossible = c.mayAnswerNotResolved(now);
        return new ComplaintView(c.number(), c.type().name(), c.type().label(), c.channel().label(), c.status(),
                c.status().label(), c.registrationNumber(), c.receivedAt(), c.verificationDue(),
                c.acknowledgementDue(), c.dueAt(), entries,
                c.replyText() == null ? null : new Reply(c.replyText(), c.repliedAt()),
                c.status() == ComplaintStatus.PERLU_DILENGKAPI, notResolvedPossible,
                notResolvedPossible ? c.notResolvedUntil() : null);
    }

    private static String ownLabel(ComplaintStatus status) {
        return status == ComplaintStatus.SELESAI ? "Pelapor menyatakan belum selesai" : "Tambahan dari pelapor";
    }
}

package id.layanankecamatan.complaint;

import java.time.OffsetDateTime;

/**
 * One complaint as stored (V20). The text and the complainant's identity are personal data: they are read here and
 * on the staff page, never copied into the process.
 */
public record Complaint(long id, String number, String trackingCode, ComplaintType type, ComplaintChannel channel,
                        String registrationNumber, String serviceCode, String text, String complainantName,
                        String complainantPhone, String complainantEmail, boolean confidential, String laporReference,
                        ComplaintStatus status, ComplaintClass complaintClass, String enteredBy,
                        OffsetDateTime receivedAt, OffsetDateTime verificationDue, OffsetDateTime acknowledgementDue,
                        OffsetDateTime acknowledgedAt, OffsetDateTime dueAt, String forwardedTo, String replyText,
                        OffsetDateTime repliedAt, OffsetDateTime reopenedAt, OffsetDateTime closedAt) {

    /** Whether any of name, phone or e-mail was given. */
    public boolean identified() {
        return complainantName != null || complainantPhone != null || complainantEmail != null;
    }

    /**
     * Whether the complainant may still answer "belum selesai": once, after the reply, within
     * {@link ComplaintRules#REOPEN_DAYS} days of it.
     */
    public boolean mayAnswerNotResolved(OffsetDateTime now) {
        return status == ComplaintStatus.SELESAI && repliedAt != null && reopenedAt == null
                && !now.isAfter(notResolvedUntil());
    }

    /** The end of the window for "belum selesai"; null before the reply. */
    public OffsetDateTime notResolvedUntil() {
        return repliedAt == null ? null : repliedAt.plusDays(ComplaintRules.REOPEN_DAYS);
    }
}

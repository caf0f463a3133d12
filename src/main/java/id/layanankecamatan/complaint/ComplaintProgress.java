package id.layanankecamatan.complaint;

import id.layanankecamatan.calendar.WorkingCalendar;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every change of a complaint after its receipt (the handling process's, BRIEF-15-CONTRACT): status, class, due
 * time, acknowledgement, reply, reopening, breach and closing, each with its timeline entry in the same transaction.
 * The complaint's row is locked first, so a complainant's addition and an officer's decision wait for each other.
 */
@Repository
public class ComplaintProgress {

    /** What the handling reads of a complaint: no text, no identity (those stay on the staff page). */
    public record Handled(long id, String number, ComplaintStatus status, ComplaintClass complaintClass,
                          boolean hasEmail, OffsetDateTime receivedAt, OffsetDateTime verificationDue,
                          OffsetDateTime acknowledgementDue, OffsetDateTime acknowledgedAt, OffsetDateTime dueAt,
                          OffsetDateTime repliedAt, OffsetDateTime reopenedAt, OffsetDateTime breachedAt,
                          OffsetDateTime closedAt) {
    }

    private static final String COLUMNS = """
            id, complaint_number, status, complaint_class, complainant_email, received_at, verification_due,
            acknowledgement_due, acknowledged_at, due_at, replied_at, reopened_at, breached_at, closed_at""";

    private final JdbcClient jdbc;
    private final ComplaintTimeline timeline;
    private final WorkingCalendar calendar;

    public ComplaintProgress(JdbcClient jdbc, ComplaintTimeline timeline, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.timeline = timeline;
        this.calendar = calendar;
    }

    public Optional<Handled> find(String number) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM complaint WHERE complaint_number = ?").param(number)
                .query((rs, n) -> row(rs)).optional();
    }

    /** The complaint, its row locked until the transaction ends. */
    public Handled lock(String number) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM complaint WHERE complaint_number = ? FOR UPDATE").param(number)
                .query((rs, n) -> row(rs)).optional().orElseThrow(() -> missing(number));
    }

    /** The complainant's e-mail address, read only to send them the outcome; empty when they gave none. */
    public Optional<String> email(String number) {
        return jdbc.sql("SELECT complainant_email FROM complaint WHERE complaint_number = ?").param(number)
                .query(String.class).optional().filter(e -> !e.isBlank());
    }

    /** The reply text, read only for the mail that carries it. */
    public Optional<String> replyText(String number) {
        return jdbc.sql("SELECT reply_text FROM complaint WHERE complaint_number = ?").param(number)
                .query(String.class).optional();
    }

    /** The forwarding note (to whom), read only for the mail to the complainant. */
    public Optional<String> forwardedTo(String number) {
        return jdbc.sql("SELECT forwarded_to FROM complaint WHERE complaint_number = ?").param(number)
                .query(String.class).optional();
    }

    /** The first verification is the written acknowledgement (UU 25/2009); later ones do not move it. */
    public void acknowledge(Handled complaint, OffsetDateTime at) {
        jdbc.sql("UPDATE complaint SET acknowledged_at = ?, updated_at = ? WHERE id = ? AND acknowledged_at IS NULL")
                .params(at, at, complaint.id()).update();
    }

    /** Incomplete: the complainant is asked to complete it ({@code request}, public). */
    public void askToComplete(Handled complaint, String request, String actor, OffsetDateTime at) {
        move(complaint, ComplaintStatus.PERLU_DILENGKAPI, at);
        timeline.add(complaint.id(), ComplaintStatus.PERLU_DILENGKAPI, request, true, actor, at);
    }

    /** The complainant's addition arrived: verified again. */
    public void completed(Handled complaint, OffsetDateTime at) {
        move(complaint, ComplaintStatus.DITERIMA, at);
        timeline.add(complaint.id(), ComplaintStatus.DITERIMA,
                "Kelengkapan dari pengadu diterima; pengaduan diverifikasi kembali.", true, "sistem", at);
    }

    /** Outside the office's authority: forwarded, and with that finished here. */
    public void forward(Handled complaint, String forwardedTo, String laporReference, String note, String actor,
                        OffsetDateTime at) {
        jdbc.sql("""
                UPDATE complaint SET status = ?, forwarded_to = ?,
                    lapor_reference = COALESCE(?, lapor_reference), updated_at = ? WHERE id = ?""")
                .params(ComplaintStatus.DITERUSKAN.name(), forwardedTo, laporReference, at, complaint.id()).update();
        timeline.add(complaint.id(), ComplaintStatus.DITERUSKAN, note, true, actor, at);
        recordClosing(complaint.id(), at);
    }

    /** Complete: classified, due in the class's working days from now, followed up. */
    public OffsetDateTime classify(Handled complaint, ComplaintClass complaintClass, String actor, OffsetDateTime at) {
        OffsetDateTime due = calendar.addWorkingDays(at, complaintClass.workingDays());
        jdbc.sql("UPDATE complaint SET status = ?, complaint_class = ?, due_at = ?, updated_at = ? WHERE id = ?")
                .params(ComplaintStatus.DITINDAKLANJUTI.name(), complaintClass.name(), due, at, complaint.id())
                .update();
        timeline.add(complaint.id(), ComplaintStatus.DITINDAKLANJUTI, "Pengaduan lengkap dan diklasifikasikan: "
                + complaintClass.label() + " (paling lambat " + complaintClass.workingDays() + " hari kerja).", true,
                actor, at);
        return due;
    }

    /** The written reply is stored on the complaint, never in the process. */
    public void reply(Handled complaint, String replyText, String actor, OffsetDateTime at) {
        jdbc.sql("""
                UPDATE complaint SET status = ?, reply_text = ?, replied_at = ?, replied_by = ?, updated_at = ?
                WHERE id = ?""")
                .params(ComplaintStatus.SELESAI.name(), replyText, at, actor, at, complaint.id()).update();
        timeline.add(complaint.id(), ComplaintStatus.SELESAI, "Jawaban tertulis dikirim kepada pengadu.", true, actor,
                at);
    }

    /**
     * "Belum selesai" (once): reopened, followed up again with a new due time of the same class from now. The
     * reason is the complainant's latest entry on the timeline (written there by the intake).
     */
    public boolean reopen(Handled complaint, OffsetDateTime at) {
        String reason = jdbc.sql("""
                SELECT note FROM complaint_event WHERE complaint_id = ? AND public_note = TRUE AND occurred_at >= ?
                ORDER BY occurred_at DESC, id DESC FETCH FIRST 1 ROWS ONLY""")
                .params(complaint.id(), complaint.repliedAt()).query(String.class).optional().orElse(null);
        OffsetDateTime due = calendar.addWorkingDays(at, complaint.complaintClass().workingDays());
        int changed = jdbc.sql("""
                UPDATE complaint SET status = ?, reopened_at = ?, reopen_reason = ?, due_at = ?, updated_at = ?
                WHERE id = ? AND reopened_at IS NULL""")
                .params(ComplaintStatus.DIBUKA_KEMBALI.name(), at, reason == null ? null : truncate(reason, 2000),
                        due, at, complaint.id()).update();
        if (changed == 1) {
            timeline.add(complaint.id(), ComplaintStatus.DIBUKA_KEMBALI,
                    "Pengaduan dibuka kembali atas tanggapan pengadu; ditindaklanjuti lagi paling lambat "
                            + complaint.complaintClass().workingDays() + " hari kerja.", true, "sistem", at);
        }
        return changed == 1;
    }

    /** Closed (after the reply's window, at once after a second reply, or without the complainant's addition). */
    public void close(Handled complaint, String note, String actor, OffsetDateTime at) {
        move(complaint, ComplaintStatus.DITUTUP, at);
        timeline.add(complaint.id(), ComplaintStatus.DITUTUP, note, true, actor, at);
        recordClosing(complaint.id(), at);
    }

    /**
     * A deadline passed without its step done: the complaint's first breach is kept ({@code breached_at}), each is
     * noted on the internal timeline. False when this breach ({@code note}) was recorded before.
     */
    public boolean breach(Handled complaint, String note, OffsetDateTime at) {
        boolean known = jdbc.sql("SELECT COUNT(*) FROM complaint_event WHERE complaint_id = ? AND public_note = FALSE "
                        + "AND note = ?").params(complaint.id(), note).query(Integer.class).single() > 0;
        if (known) {
            return false;
        }
        jdbc.sql("UPDATE complaint SET breached_at = ?, updated_at = ? WHERE id = ? AND breached_at IS NULL")
                .params(at, at, complaint.id()).update();
        timeline.add(complaint.id(), complaint.status(), note, false, "sistem", at);
        return true;
    }

    /**
     * Kept at closing so monthly figures are sums: on time when no deadline was breached, the acknowledgement came by
     * the verification due time and the (last) reply by the due time; working days counted by the office calendar.
     */
    private void recordClosing(long id, OffsetDateTime at) {
        Handled closed = jdbc.sql("SELECT " + COLUMNS + " FROM complaint WHERE id = ?").param(id)
                .query((rs, n) -> row(rs)).single();
        boolean late = closed.breachedAt() != null
                || closed.acknowledgedAt() != null && closed.acknowledgedAt().isAfter(closed.verificationDue())
                || closed.repliedAt() != null && closed.dueAt() != null && closed.repliedAt().isAfter(closed.dueAt());
        jdbc.sql("""
                UPDATE complaint SET closed_at = ?, closed_on_time = ?, working_days_to_close = ?, updated_at = ?
                WHERE id = ?""")
                .params(at, !late, calendar.workingDaysBetween(closed.receivedAt(), at), at, id).update();
    }

    private void move(Handled complaint, ComplaintStatus status, OffsetDateTime at) {
        jdbc.sql("UPDATE complaint SET status = ?, updated_at = ? WHERE id = ?")
                .params(status.name(), at, complaint.id()).update();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public static IllegalStateException missing(String number) {
        return new IllegalStateException("No complaint " + number + " for the process with this business key");
    }

    private static Handled row(java.sql.ResultSet rs) throws java.sql.SQLException {
        String complaintClass = rs.getString("complaint_class");
        String email = rs.getString("complainant_email");
        return new Handled(rs.getLong("id"), rs.getString("complaint_number"),
                ComplaintStatus.valueOf(rs.getString("status")),
                complaintClass == null ? null : ComplaintClass.valueOf(complaintClass), email != null && !email.isBlank(),
                rs.getObject("received_at", OffsetDateTime.class), rs.getObject("verification_due", OffsetDateTime.class),
                rs.getObject("acknowledgement_due", OffsetDateTime.class),
                rs.getObject("acknowledged_at", OffsetDateTime.class), rs.getObject("due_at", OffsetDateTime.class),
                rs.getObject("replied_at", OffsetDateTime.class), rs.getObject("reopened_at", OffsetDateTime.class),
                rs.getObject("breached_at", OffsetDateTime.class), rs.getObject("closed_at", OffsetDateTime.class));
    }
}

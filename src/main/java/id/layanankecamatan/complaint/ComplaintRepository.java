package id.layanankecamatan.complaint;

import id.layanankecamatan.application.FileType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The complaint rows and their attachments (V20). Intake inserts and reads; the handling process moves the status
 * with its own writer. The timeline is {@link ComplaintTimeline}'s.
 */
@Repository
public class ComplaintRepository {

    private static final String COLUMNS = """
            id, complaint_number, tracking_code, complaint_type, channel, registration_number, service_code, text,
            complainant_name, complainant_phone, complainant_email, confidential, lapor_reference, status,
            complaint_class, entered_by, received_at, verification_due, acknowledgement_due, acknowledged_at, due_at,
            forwarded_to, reply_text, replied_at, reopened_at, closed_at""";

    /** What intake stores; the number may be a placeholder until the transaction takes the real one. */
    public record NewComplaint(String number, String trackingCode, ComplaintType type, ComplaintChannel channel,
                               String registrationNumber, String serviceCode, String text, String name, String phone,
                               String email, boolean confidential, String laporReference, String enteredBy,
                               OffsetDateTime receivedAt, OffsetDateTime verificationDue,
                               OffsetDateTime acknowledgementDue) {
    }

    private final JdbcClient jdbc;

    public ComplaintRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(NewComplaint c) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO complaint (complaint_number, tracking_code, complaint_type, channel, registration_number,
                    service_code, text, complainant_name, complainant_phone, complainant_email, confidential,
                    lapor_reference, status, entered_by, received_at, verification_due, acknowledgement_due, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.number(), c.trackingCode(), c.type().name(), c.channel().name(), c.registrationNumber(),
                        c.serviceCode(), c.text(), c.name(), c.phone(), c.email(), c.confidential(),
                        c.laporReference(), ComplaintStatus.DITERIMA.name(), c.enteredBy(), c.receivedAt(),
                        c.verificationDue(), c.acknowledgementDue(), c.receivedAt())
                .update(key, "id");
        return key.getKey().longValue();
    }

    public void setNumber(long id, String number) {
        jdbc.sql("UPDATE complaint SET complaint_number = ? WHERE id = ?").params(number, id).update();
    }

    public Optional<Complaint> findByNumber(String number) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM complaint WHERE complaint_number = ?").param(number)
                .query(ComplaintRepository::complaint).optional();
    }

    public Optional<Complaint> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM complaint WHERE id = ?").param(id)
                .query(ComplaintRepository::complaint).optional();
    }

    /** The row locked until the caller's transaction ends: the complainant's action and a status change queue. */
    public Optional<Complaint> lockByNumber(String number) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM complaint WHERE complaint_number = ? FOR UPDATE").param(number)
                .query(ComplaintRepository::complaint).optional();
    }

    /** The complaints about one application, oldest first (the application's staff page lists them). */
    public List<Complaint> aboutApplication(String registrationNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM complaint WHERE registration_number = ? ORDER BY received_at, id")
                .param(registrationNumber).query(ComplaintRepository::complaint).list();
    }

    public void addAttachment(long complaintId, String fileName, FileType type, byte[] content, String sha256,
                              OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO complaint_attachment (complaint_id, file_name, content_type, size_bytes, sha256, content,
                    uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(complaintId, fileName, type.mediaType(), (long) content.length, sha256, content, at).update();
    }

    public List<ComplaintAttachment> attachments(long complaintId) {
        return jdbc.sql("""
                SELECT id, file_name, content_type, size_bytes, uploaded_at FROM complaint_attachment
                WHERE complaint_id = ? ORDER BY id""").param(complaintId)
                .query((rs, n) -> new ComplaintAttachment(rs.getLong("id"), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getLong("size_bytes"),
                        rs.getObject("uploaded_at", OffsetDateTime.class)))
                .list();
    }

    public Optional<byte[]> attachmentContent(long complaintId, long attachmentId) {
        return jdbc.sql("SELECT content FROM complaint_attachment WHERE complaint_id = ? AND id = ?")
                .params(complaintId, attachmentId).query((rs, n) -> rs.getBytes("content")).optional();
    }

    private static Complaint complaint(ResultSet rs, int row) throws SQLException {
        String complaintClass = rs.getString("complaint_class");
        return new Complaint(rs.getLong("id"), rs.getString("complaint_number"), rs.getString("tracking_code"),
                ComplaintType.valueOf(rs.getString("complaint_type")), ComplaintChannel.valueOf(rs.getString("channel")),
                rs.getString("registration_number"), rs.getString("service_code"), rs.getString("text"),
                rs.getString("complainant_name"), rs.getString("complainant_phone"),
                rs.getString("complainant_email"), rs.getBoolean("confidential"), rs.getString("lapor_reference"),
                ComplaintStatus.valueOf(rs.getString("status")),
                complaintClass == null ? null : ComplaintClass.valueOf(complaintClass), rs.getString("entered_by"),
                time(rs, "received_at"), time(rs, "verification_due"), time(rs, "acknowledgement_due"),
                time(rs, "acknowledged_at"), time(rs, "due_at"), rs.getString("forwarded_to"),
                rs.getString("reply_text"), time(rs, "replied_at"), time(rs, "reopened_at"), time(rs, "closed_at"));
    }

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class);
    }
}

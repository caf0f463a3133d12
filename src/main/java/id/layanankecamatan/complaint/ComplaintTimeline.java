package id.layanankecamatan.complaint;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The complaint's history, written by whoever moves it (intake, the handling process, the complainant). A public
 * entry is shown to the complainant when they track the complaint; an internal one only to the complaint officers.
 */
@Repository
public class ComplaintTimeline {

    public record Entry(ComplaintStatus status, String note, boolean publicNote, String actor,
                        OffsetDateTime occurredAt) {
    }

    private final JdbcClient jdbc;

    public ComplaintTimeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(long complaintId, ComplaintStatus status, String note, boolean publicNote, String actor,
                    OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO complaint_event (complaint_id, status, note, public_note, actor, occurred_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(complaintId, status.name(), note, publicNote, actor, at).update();
    }

    public List<Entry> of(long complaintId, boolean publicOnly) {
        return jdbc.sql("SELECT status, note, public_note, actor, occurred_at FROM complaint_event WHERE complaint_id = ?"
                        + (publicOnly ? " AND public_note = TRUE" : "") + " ORDER BY occurred_at, id")
                .param(complaintId)
                .query((rs, row) -> new Entry(ComplaintStatus.valueOf(rs.getString("status")), rs.getString("note"),
                        rs.getBoolean("public_note"), rs.getString("actor"),
                        rs.getObject("occurred_at", OffsetDateTime.class)))
                .list();
    }
}

package id.layanankecamatan.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Scans are kept in the database so that an application and its files are written in one transaction. */
@Repository
public class AttachmentRepository {

    private static final String COLUMNS = "id, requirement_code, file_name, content_type, size_bytes, sha256, uploaded_at";

    private final JdbcClient jdbc;

    public AttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long applicationId, String requirementCode, String fileName, FileType type, byte[] content,
                       String sha256, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO attachment (application_id, requirement_code, file_name, content_type, size_bytes, sha256,
                    content, superseded, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, ?)""")
                .params(applicationId, requirementCode, fileName, type.mediaType(), content.length, sha256, content, now)
                .update();
    }

    public void supersede(long applicationId, String requirementCode) {
        jdbc.sql("UPDATE attachment SET superseded = TRUE WHERE application_id = ? AND requirement_code = ?")
                .params(applicationId, requirementCode).update();
    }

    /** The scans staff should look at now (the newest of each requirement). */
    public List<Attachment> current(long applicationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM attachment WHERE application_id = ? AND superseded = FALSE ORDER BY id")
                .param(applicationId)
                .query((rs, n) -> new Attachment(rs.getLong("id"), rs.getString("requirement_code"),
                        rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                        rs.getString("sha256"), rs.getObject("uploaded_at", OffsetDateTime.class)))
                .list();
    }

    public int count(long applicationId) {
        return jdbc.sql("SELECT COUNT(*) FROM attachment WHERE application_id = ?").param(applicationId)
                .query(Integer.class).single();
    }

    public Optional<byte[]> content(long applicationId, long attachmentId) {
        return jdbc.sql("SELECT content FROM attachment WHERE application_id = ? AND id = ?")
                .params(applicationId, attachmentId).query((rs, n) -> rs.getBytes("content")).optional();
    }
}

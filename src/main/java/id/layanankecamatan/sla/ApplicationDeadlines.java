package id.layanankecamatan.sla;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;
import org.springframework.stereotype.Repository;

/** The application-level service record: breach (once) and extension (once), beside due_at and the pause. */
@Repository
public class ApplicationDeadlines {

    private final JdbcClient jdbc;

    public ApplicationDeadlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True only the first time the promised completion time is found passed. */
    public boolean breached(String registrationNumber, OffsetDateTime at) {
        return jdbc.sql("UPDATE application SET breached_at = ? WHERE registration_number = ? AND breached_at IS NULL")
                .params(at, registrationNumber).update() == 1;
    }

    /** Moves the due time once; false when the application was extended before. */
    public boolean extend(String registrationNumber, OffsetDateTime newDue, String by, String reason, OffsetDateTime at) {
        return jdbc.sql("""
                UPDATE application SET due_at = ?, extended_at = ?, extended_by = ?, extension_reason = ?
                WHERE registration_number = ? AND extended_at IS NULL""")
                .params(newDue, at, by, reason, registrationNumber).update() == 1;
    }

    static final String RECORD = """
            SELECT registration_number, service_code, status, submitted_at, due_at, clock_paused_at, paused_minutes,
                   breached_at, extended_at, extended_by, extension_reason, updated_at
            FROM application WHERE registration_number = ?""";

    public Optional<Record> find(String registrationNumber) {
        return jdbc.sql(RECORD).param(registrationNumber)
                .query((rs, n) -> new Record(rs.getString("registration_number"), rs.getString("service_code"),
                        rs.getString("status"), rs.getObject("submitted_at", OffsetDateTime.class),
                        rs.getObject("due_at", OffsetDateTime.class),
                        rs.getObject("clock_paused_at", OffsetDateTime.class), rs.getLong("paused_minutes"),
                        rs.getObject("breached_at", OffsetDateTime.class),
                        rs.getObject("extended_at", OffsetDateTime.class), rs.getString("extended_by"),
                        rs.getString("extension_reason"), rs.getObject("updated_at", OffsetDateTime.class)))
                .optional();
    }

    /**
     * Letters issued in [from, to): when each application was submitted and due, and the paused office time.
     * Two index lookups instead of one join: the month's letters (letter_issued_idx), then their applications by
     * key, so that the planner never hashes the whole application table for a month of letters.
     */
    public List<Finished> finishedBetween(OffsetDateTime from, OffsetDateTime to) {
        Map<Long, OffsetDateTime> issued = new HashMap<>();
        jdbc.sql(LETTERS_ISSUED).params(from, to)
                .query(rs -> { issued.put(rs.getLong("application_id"), rs.getObject("issued_at", OffsetDateTime.class)); });
        if (issued.isEmpty()) {
            return List.of();
        }
        Long[] ids = issued.keySet().toArray(Long[]::new);
        return jdbc.sql(ISSUED_APPLICATIONS).param(bigints(ids))
                .query((rs, n) -> new Finished(rs.getString("service_code"),
                        rs.getObject("submitted_at", OffsetDateTime.class), rs.getObject("due_at", OffsetDateTime.class),
                        rs.getLong("paused_minutes"), issued.get(rs.getLong("id"))))
                .list();
    }

    /** An SQL array parameter (for {@code = ANY(?)}), as both PostgreSQL and H2 take it. */
    static SqlTypeValue bigints(Long[] ids) {
        return new AbstractSqlTypeValue() {
            @Override
            protected Object createTypeValue(Connection connection, int sqlType, String typeName) throws SQLException {
                return connection.createArrayOf("BIGINT", ids);
            }
        };
    }

    static final String LETTERS_ISSUED = "SELECT application_id, issued_at FROM letter WHERE issued_at >= ? AND issued_at < ?";
    static final String ISSUED_APPLICATIONS =
            "SELECT id, service_code, submitted_at, due_at, paused_minutes FROM application WHERE id = ANY(?)";

    /** An application whose letter was issued; on time when issued by its (moved) due time. */
    public record Finished(String serviceCode, OffsetDateTime submittedAt, OffsetDateTime dueAt, long pausedMinutes,
                           OffsetDateTime issuedAt) {
        public boolean onTime() {
            return dueAt == null || !issuedAt.isAfter(dueAt);
        }
    }

    /** One application's service-level record as the SLA API shows it. */
    public record Record(String registrationNumber, String serviceCode, String status, OffsetDateTime submittedAt,
                         OffsetDateTime dueAt, OffsetDateTime clockPausedAt, long pausedMinutes,
                         OffsetDateTime breachedAt,
                         OffsetDateTime extendedAt, String extendedBy, String extensionReason,
                         OffsetDateTime updatedAt) {
    }
}

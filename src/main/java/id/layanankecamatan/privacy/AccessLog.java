package id.layanankecamatan.privacy;

import id.layanankecamatan.calendar.OfficeClock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who read which citizen's personal data, when, why and whether it was allowed. Append-only: there is no update
 * or delete here, and on PostgreSQL a trigger refuses them (V8_1).
 */
@Repository
public class AccessLog {

    public static final String ALLOWED = "ALLOWED";
    public static final String REFUSED = "REFUSED";

    private final JdbcClient jdbc;
    private final OfficeClock clock;

    public AccessLog(JdbcClient jdbc, OfficeClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String user, String registrationNumber, String item, String reason, boolean allowed) {
        jdbc.sql("""
                INSERT INTO personal_data_access (accessed_at, user_id, registration_number, item, reason, outcome)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(clock.now(), cut(user, 100), cut(registrationNumber, 64), cut(item, 64), cut(reason, 300),
                        allowed ? ALLOWED : REFUSED)
                .update();
    }

    /** Newest first; all applications when no number is given. */
    public List<AccessLogEntry> page(String registrationNumber, int page, int size) {
        return jdbc.sql("""
                SELECT id, accessed_at, user_id, registration_number, item, reason, outcome FROM personal_data_access
                WHERE (CAST(? AS VARCHAR) IS NULL OR registration_number = ?)
                ORDER BY id DESC LIMIT ? OFFSET ?""")
                .params(registrationNumber, registrationNumber, size, (long) page * size)
                .query((rs, row) -> new AccessLogEntry(rs.getLong("id"), rs.getObject("accessed_at", OffsetDateTime.class),
                        rs.getString("user_id"), rs.getString("registration_number"), rs.getString("item"),
                        rs.getString("reason"), rs.getString("outcome")))
                .list();
    }

    public long count(String registrationNumber) {
        return jdbc.sql("SELECT COUNT(*) FROM personal_data_access WHERE (CAST(? AS VARCHAR) IS NULL OR registration_number = ?)")
                .params(registrationNumber, registrationNumber).query(Long.class).single();
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}

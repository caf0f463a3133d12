package id.layanankecamatan.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class ApplicationRepository {

    private static final String COLUMNS = "id, registration_number, tracking_code, service_code, status, data_json, "
            + "details_json, channel, correction_due, submitted_at, updated_at, due_at, clock_paused_at";

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public ApplicationRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public long insert(String registrationNumber, String trackingCode, String serviceCode, ApplicantData data,
                       Map<String, Object> details, String channel, OffsetDateTime now,
                       OffsetDateTime dueAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO application (registration_number, tracking_code, service_code, status, applicant_nik,
                    applicant_name, applicant_email, applicant_phone, data_json, details_json, channel, submitted_at,
                    updated_at, due_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(registrationNumber, trackingCode, serviceCode, ApplicationStatus.SUBMITTED.name(), data.nik(),
                        data.name(), data.email(), data.phone(), toJson(data), toJson(details), channel, now,
                        now, dueAt)
                .update(key, "id");
        return key.getKey().longValue();
    }

    public Optional<Application> findByRegistrationNumber(String registrationNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM application WHERE registration_number = ?")
                .param(registrationNumber).query(this::map).optional();
    }

    /**
     * The application, its row locked until the transaction ends. Whoever changes an application's state (the
     * citizen correcting or withdrawing, an officer extending, the engine recording a step) goes through this
     * row, so two such changes never interleave: the second sees what the first did.
     */
    public Optional<Application> lockByRegistrationNumber(String registrationNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM application WHERE registration_number = ? FOR UPDATE")
                .param(registrationNumber).query(this::map).optional();
    }

    /**
     * Why engine code found no application for a process's business key; the incident in Cockpit says which one
     * instead of a bare "No value present".
     */
    public static IllegalStateException missing(String registrationNumber) {
        return new IllegalStateException("Permohonan " + registrationNumber + " tidak ada di tabel application: "
                + "proses ini tidak punya data permohonan (terhapus, atau dimulai tanpa permohonan).");
    }

    public Optional<Application> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM application WHERE id = ?").param(id).query(this::map).optional();
    }

    public void updateStatus(long id, ApplicationStatus status, OffsetDateTime now) {
        jdbc.sql("UPDATE application SET status = ?, updated_at = ? WHERE id = ?")
                .params(status.name(), now, id).update();
    }

    /** The registration number, given once everything else of the submission is stored (ApplicationService). */
    public void setRegistrationNumber(long id, String registrationNumber) {
        jdbc.sql("UPDATE application SET registration_number = ? WHERE id = ?").params(registrationNumber, id).update();
    }

    public void setCorrectionDue(long id, OffsetDateTime due) {
        jdbc.sql("UPDATE application SET correction_due = ? WHERE id = ?").params(due, id).update();
    }

    public void setClockPausedAt(long id, OffsetDateTime pausedAt) {
        jdbc.sql("UPDATE application SET clock_paused_at = ? WHERE id = ?").params(pausedAt, id).update();
    }

    /** The clock runs again, towards the moved due time. */
    public void resumeClock(long id, OffsetDateTime dueAt, java.time.Duration paused) {
        jdbc.sql("UPDATE application SET clock_paused_at = NULL, due_at = ?, paused_minutes = paused_minutes + ? WHERE id = ?")
                .params(dueAt, paused.toMinutes(), id).update();
    }

    public void updateApplicant(long id, ApplicantData data, Map<String, Object> details, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE application SET applicant_nik = ?, applicant_name = ?, applicant_email = ?, applicant_phone = ?,
                    data_json = ?, details_json = ?, updated_at = ? WHERE id = ?""")
                .params(data.nik(), data.name(), data.email(), data.phone(), toJson(data), toJson(details), now, id)
                .update();
    }

    /** Service-specific fields corrected by staff at verification; the applicant's own data stays. */
    public void updateDetails(long id, Map<String, Object> details, OffsetDateTime now) {
        jdbc.sql("UPDATE application SET details_json = ?, updated_at = ? WHERE id = ?")
                .params(toJson(details), now, id).update();
    }

    public void addEvent(long applicationId, ApplicationStatus status, String note, String actor,
                         OffsetDateTime at) {
        jdbc.sql("INSERT INTO application_event (application_id, status, note, actor, occurred_at) VALUES (?, ?, ?, ?, ?)")
                .params(applicationId, status.name(), note, actor, at).update();
    }

    public List<ApplicationEvent> events(long applicationId) {
        return jdbc.sql("SELECT status, note, actor, occurred_at FROM application_event WHERE application_id = ? ORDER BY id")
                .param(applicationId)
                .query((rs, n) -> new ApplicationEvent(ApplicationStatus.valueOf(rs.getString("status")),
                        rs.getString("note"), rs.getString("actor"), rs.getObject("occurred_at", OffsetDateTime.class)))
                .list();
    }

    private Application map(ResultSet rs, int row) throws SQLException {
        return new Application(rs.getLong("id"), rs.getString("registration_number"), rs.getString("tracking_code"),
                rs.getString("service_code"), ApplicationStatus.valueOf(rs.getString("status")),
                fromJson(rs.getString("data_json"), ApplicantData.class),
                fromJson(rs.getString("details_json"), DETAILS), rs.getString("channel"),
                rs.getObject("correction_due", OffsetDateTime.class), rs.getObject("submitted_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getObject("due_at", OffsetDateTime.class),
                rs.getObject("clock_paused_at", OffsetDateTime.class));
    }

    private String toJson(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T fromJson(String value, Class<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored applicant data is not readable", e);
        }
    }

    private Map<String, Object> fromJson(String value, TypeReference<Map<String, Object>> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored applicant data is not readable", e);
        }
    }
}

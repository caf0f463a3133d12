package id.layanankecamatan.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The two unlinked survey tables (V19): who has answered, and the anonymous answers. */
@Repository
class SurveyRepository {

    private static final String ELEMENT_COLUMNS = "u1, u2, u3, u4, u5, u6, u7, u8, u9";

    private final JdbcClient jdbc;

    SurveyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean hasAnswered(String registrationNumber) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_answered WHERE registration_number = ?")
                .param(registrationNumber).query(Long.class).single() > 0;
    }

    /** Throws DuplicateKeyException when the application has answered already (also under a race). */
    void markAnswered(String registrationNumber) {
        jdbc.sql("INSERT INTO survey_answered (registration_number) VALUES (?)").param(registrationNumber).update();
    }

    void unmarkAnswered(String registrationNumber) {
        jdbc.sql("DELETE FROM survey_answered WHERE registration_number = ?").param(registrationNumber).update();
    }

    void insertResponse(String serviceCode, LocalDate answeredOn, SurveyAnswers answers, SurveyProfile profile) {
        List<Object> params = new ArrayList<>(List.of(UUID.randomUUID().toString(), serviceCode, answeredOn));
        for (SurveyElement element : SurveyElement.values()) {
            params.add(answers.score(element));
        }
        params.addAll(java.util.Arrays.asList(profile.age(), profile.gender(), profile.education(),
                profile.occupation()));
        jdbc.sql("INSERT INTO survey_response (id, service_code, answered_on, " + ELEMENT_COLUMNS
                        + ", age_band, gender, education, occupation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(params).update();
    }

    /** The answers given between the two dates (inclusive), of one service or of all when it is null. */
    List<SurveyAnswers> responses(LocalDate from, LocalDate to, String serviceCode) {
        return jdbc.sql("SELECT " + ELEMENT_COLUMNS + " FROM survey_response WHERE answered_on >= ? AND answered_on <= ?"
                        + " AND (CAST(? AS VARCHAR(64)) IS NULL OR service_code = ?)")
                .params(from, to, serviceCode, serviceCode).query(SurveyRepository::answers).list();
    }

    /**
     * Users of the service in the period for the sample check: applications whose letter was issued or which were
     * rejected in [from, to).
     */
    long finishedBetween(OffsetDateTime from, OffsetDateTime to, String serviceCode) {
        return jdbc.sql("""
                        SELECT COUNT(DISTINCT e.application_id) FROM application_event e
                        JOIN application a ON a.id = e.application_id
                        WHERE e.status IN ('ISSUED', 'REJECTED') AND e.occurred_at >= ? AND e.occurred_at < ?
                          AND (CAST(? AS VARCHAR(64)) IS NULL OR a.service_code = ?)""")
                .params(from, to, serviceCode, serviceCode).query(Long.class).single();
    }

    /** The camat's follow-up plan for the period and scope ('' for the whole office), if one was entered. */
    Optional<SkmFollowUp> followUp(LocalDate from, LocalDate to, String scope) {
        return jdbc.sql("SELECT plan, entered_by, entered_at FROM survey_follow_up WHERE period_from = ? "
                        + "AND period_to = ? AND scope = ?")
                .params(from, to, scope).query((rs, row) -> new SkmFollowUp(rs.getString("plan"),
                        rs.getString("entered_by"), rs.getObject("entered_at", OffsetDateTime.class))).optional();
    }

    /** Replaces the plan (portable: no MERGE/ON CONFLICT); the caller runs it in one transaction. */
    void saveFollowUp(LocalDate from, LocalDate to, String scope, String plan, String user, OffsetDateTime at) {
        jdbc.sql("DELETE FROM survey_follow_up WHERE period_from = ? AND period_to = ? AND scope = ?")
                .params(from, to, scope).update();
        jdbc.sql("INSERT INTO survey_follow_up (period_from, period_to, scope, plan, entered_by, entered_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)").params(from, to, scope, plan, user, at).update();
    }

    private static SurveyAnswers answers(ResultSet rs, int row) throws SQLException {
        Integer[] scores = new Integer[SurveyElement.values().length];
        for (int i = 0; i < scores.length; i++) {
            int score = rs.getInt(i + 1);
            scores[i] = rs.wasNull() ? null : score;
        }
        return SurveyAnswers.of(scores);
    }
}

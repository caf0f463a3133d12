package id.layanankecamatan.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sla_step table. Runs inside the engine's transaction, so a record exists exactly when its task does. */
@Repository
public class SlaSteps {

    private final JdbcClient jdbc;

    public SlaSteps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void opened(SlaStep step) {
        jdbc.sql("""
                INSERT INTO sla_step (task_id, application_id, registration_number, service_code, process_instance_id,
                    step, step_name, candidate_groups, started_at, due_at, assignee)
                VALUES (?, (SELECT id FROM application WHERE registration_number = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(step.taskId(), step.registrationNumber(), step.registrationNumber(), step.serviceCode(),
                        step.processInstanceId(), step.step(), step.stepName(), step.candidateGroups(),
                        step.startedAt(), step.dueAt(), step.assignee())
                .update();
    }

    /** A due date changed on the task (e.g. an extension) moves the record's due time with it. */
    public void dueChanged(String taskId, OffsetDateTime dueAt) {
        jdbc.sql("UPDATE sla_step SET due_at = ? WHERE task_id = ? AND completed_at IS NULL")
                .params(dueAt, taskId).update();
    }

    public void assigned(String taskId, String assignee) {
        jdbc.sql("UPDATE sla_step SET assignee = ? WHERE task_id = ? AND completed_at IS NULL")
                .params(assignee, taskId).update();
    }

    public void completed(String taskId, String by, OffsetDateTime at) {
        jdbc.sql("""
                UPDATE sla_step SET completed_at = ?, completed_by = ?, assignee = ?,
                    outcome = CASE WHEN due_at IS NULL OR ? <= due_at THEN 'ON_TIME' ELSE 'BREACHED' END,
                    breached_at = CASE WHEN breached_at IS NULL AND due_at IS NOT NULL AND ? > due_at
                                       THEN due_at ELSE breached_at END
                WHERE task_id = ? AND completed_at IS NULL""")
                .params(at, by, by, at, at, taskId).update();
    }

    public void cancelled(String taskId, OffsetDateTime at) {
        jdbc.sql("UPDATE sla_step SET completed_at = ?, outcome = 'CANCELLED' WHERE task_id = ? AND completed_at IS NULL")
                .params(at, taskId).update();
    }

    /** True only the first time: a breach is recorded once, however often the escalation fires. */
    public boolean breached(String taskId, OffsetDateTime at) {
        return jdbc.sql("UPDATE sla_step SET breached_at = ? WHERE task_id = ? AND breached_at IS NULL")
                .params(at, taskId).update() == 1;
    }

    public boolean reminded(String taskId, OffsetDateTime at) {
        return jdbc.sql("UPDATE sla_step SET reminded_at = ? WHERE task_id = ? AND reminded_at IS NULL")
                .params(at, taskId).update() == 1;
    }

    public List<SlaStep> open() {
        return jdbc.sql(OPEN).query(SlaSteps::row).list();
    }

    static final String OPEN = "SELECT * FROM sla_step WHERE completed_at IS NULL ORDER BY started_at";

    /**
     * Steps completed (not cancelled) in [from, to), counted per step, step name and officer, with when the first
     * of each was completed. Counted by the database from sla_step_completed_idx alone: a month of a city's
     * history is a few dozen rows here, not tens of thousands of records.
     */
    public List<Total> totalsBetween(OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql(TOTALS).params(from, to)
                .query((rs, n) -> new Total(rs.getString("step"), rs.getString("step_name"),
                        rs.getString("completed_by"), rs.getInt("completed"), rs.getInt("on_time"),
                        rs.getObject("first_completed_at", OffsetDateTime.class)))
                .list();
    }

    static final String TOTALS = """
            SELECT step, step_name, completed_by, COUNT(*) AS completed,
                   SUM(CASE WHEN outcome = 'ON_TIME' THEN 1 ELSE 0 END) AS on_time,
                   MIN(completed_at) AS first_completed_at
            FROM sla_step WHERE completed_at >= ? AND completed_at < ? AND outcome <> 'CANCELLED'
            GROUP BY step, step_name, completed_by""";

    /** Completed steps of one step, name and officer ({@code completedBy} may be null), and how many in time. */
    public record Total(String step, String stepName, String completedBy, int completed, int onTime,
                        OffsetDateTime firstCompletedAt) {
    }

    public List<SlaStep> ofApplication(String registrationNumber) {
        return jdbc.sql(OF_APPLICATION).param(registrationNumber).query(SlaSteps::row).list();
    }

    static final String OF_APPLICATION = "SELECT * FROM sla_step WHERE registration_number = ? ORDER BY started_at, id";

    private static SlaStep row(ResultSet rs, int n) throws SQLException {
        return new SlaStep(rs.getString("task_id"), rs.getString("registration_number"),
                rs.getString("service_code"), rs.getString("process_instance_id"), rs.getString("step"),
                rs.getString("step_name"), rs.getString("candidate_groups"),
                rs.getObject("started_at", OffsetDateTime.class), rs.getObject("due_at", OffsetDateTime.class),
                rs.getString("assignee"), rs.getObject("completed_at", OffsetDateTime.class), rs.getString("completed_by"),
                rs.getString("outcome"), rs.getObject("breached_at", OffsetDateTime.class));
    }
}

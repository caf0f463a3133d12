package id.layanankecamatan.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Duration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What waits: mail in the outbox and Camunda jobs that are due and not locked by any node (a job executor that
 * keeps up holds this near zero). Each is one indexed count, read at most every {@link #MAX_AGE}.
 */
@Component
public class Backlogs implements MeterBinder {

    static final Duration MAX_AGE = Duration.ofSeconds(5);

    private final CachedCount outboxPending;
    private final CachedCount outboxFailed;
    private final CachedCount jobsDue;

    public Backlogs(JdbcClient jdbc, @Value("${camunda.bpm.database.table-prefix:}") String tablePrefix) {
        this.outboxPending = new CachedCount("outbox pending", () -> outbox(jdbc, "PENDING"), MAX_AGE);
        this.outboxFailed = new CachedCount("outbox failed", () -> outbox(jdbc, "FAILED"), MAX_AGE);
        // the conditions of the engine's own job acquisition: retries left, due, not suspended, no live lock
        String dueJobs = "SELECT COUNT(*) FROM " + tablePrefix + "ACT_RU_JOB WHERE RETRIES_ > 0"
                + " AND (DUEDATE_ IS NULL OR DUEDATE_ <= ?) AND (LOCK_EXP_TIME_ IS NULL OR LOCK_EXP_TIME_ < ?)"
                + " AND SUSPENSION_STATE_ = 1";
        this.jobsDue = new CachedCount("jobs due", () -> {
            // the engine's clock, which tests move to make timers due
            Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
            return jdbc.sql(dueJobs).params(now, now).query(Long.class).single();
        }, MAX_AGE);
    }

    private static long outbox(JdbcClient jdbc, String status) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE status = ?").param(status)
                .query(Long.class).single();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("layanan.outbox.pending", outboxPending, CachedCount::value)
                .description("Mail in the outbox waiting for (another attempt at) delivery").register(registry);
        Gauge.builder("layanan.outbox.failed", outboxFailed, CachedCount::value)
                .description("Mail given up after the last attempt, kept for the operator").register(registry);
        Gauge.builder("layanan.jobs.due", jobsDue, CachedCount::value)
                .description("Camunda jobs due now and locked by no node").register(registry);
    }

    /** Jobs due and not locked, as the gauge last saw them (NaN while the database does not answer). */
    public double jobsDue() {
        return jobsDue.value();
    }
}

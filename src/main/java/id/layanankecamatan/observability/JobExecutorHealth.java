package id.layanankecamatan.observability;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness of the Camunda job executor ("jobExecutor" in the health answer): DOWN when this node should run jobs
 * (mail, letters, deadlines) but its executor is not active. A node configured without job execution is UP: it
 * serves requests, other nodes run the jobs. The backlog of due jobs is a detail, computed only for a caller who
 * sees details (a logged-in account), so an anonymous probe never queries the database here.
 * <p>
 * The bean name takes the place of the Camunda starter's own indicator of that name (UP/DOWN by the executor alone,
 * DOWN on a node that runs no jobs by design).
 */
@Component("jobExecutorHealthIndicator")
public class JobExecutorHealth implements HealthIndicator {

    private final ProcessEngine engine;
    private final boolean jobExecutionEnabled;
    private final Backlogs backlogs;

    public JobExecutorHealth(ProcessEngine engine, Backlogs backlogs,
                             @Value("${camunda.bpm.job-execution.enabled:true}") boolean jobExecutionEnabled) {
        this.engine = engine;
        this.backlogs = backlogs;
        this.jobExecutionEnabled = jobExecutionEnabled;
    }

    @Override
    public Health getHealth(boolean includeDetails) {
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getJobExecutor();
        boolean active = executor != null && executor.isActive();
        Health.Builder health = !jobExecutionEnabled || active ? Health.up() : Health.down();
        if (includeDetails) {
            health.withDetail("enabled", jobExecutionEnabled).withDetail("active", active);
            if (executor != null) {
                health.withDetail("lockOwner", String.valueOf(executor.getLockOwner()));
            }
            double due = backlogs.jobsDue();
            health.withDetail("jobsDue", Double.isNaN(due) ? "unavailable" : (Object) (long) due);
        }
        return health.build();
    }

    @Override
    public Health health() {
        return getHealth(true);
    }
}

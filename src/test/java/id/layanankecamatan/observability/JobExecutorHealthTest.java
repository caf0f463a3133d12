package id.layanankecamatan.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** The job executor's part of readiness, without an engine running. */
@Tag("fast")
class JobExecutorHealthTest {

    private final DefaultJobExecutor executor = new DefaultJobExecutor();
    private final Backlogs backlogs = mock(Backlogs.class);

    @Test
    void aNodeThatShouldRunJobsIsDownWhileItsExecutorIsNotActiveAndUpOnceItIs() {
        JobExecutorHealth health = new JobExecutorHealth(engine(), backlogs, true);
        assertThat(health.getHealth(false).getStatus()).isEqualTo(Status.DOWN);

        executor.start();
        try {
            assertThat(health.getHealth(false).getStatus()).isEqualTo(Status.UP);
        } finally {
            executor.shutdown();
        }
    }

    @Test
    void aNodeConfiguredWithoutJobExecutionIsReady() {
        assertThat(new JobExecutorHealth(engine(), backlogs, false).getHealth(false).getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void theBacklogIsCountedOnlyForACallerWhoSeesDetails() {
        JobExecutorHealth health = new JobExecutorHealth(engine(), backlogs, true);

        assertThat(health.getHealth(false).getDetails()).isEmpty();
        verifyNoInteractions(backlogs);

        when(backlogs.jobsDue()).thenReturn(7.0);
        Health detailed = health.getHealth(true);
        assertThat(detailed.getDetails()).containsEntry("jobsDue", 7L).containsEntry("active", false)
                .containsEntry("enabled", true);
        when(backlogs.jobsDue()).thenReturn(Double.NaN);
        assertThat(health.getHealth(true).getDetails()).containsEntry("jobsDue", "unavailable");
    }

    private ProcessEngine engine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJobExecutor(executor);
        ProcessEngine engine = mock(ProcessEngine.class);
        when(engine.getProcessEngineConfiguration()).thenReturn(configuration);
        return engine;
    }
}

package id.layanankecamatan.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.management.Metrics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The engine's counts keep growing for Prometheus while the engine's reporter empties its meters into the table. */
@Tag("fast")
class CamundaEngineMetersTest {

    @Test
    void theCounterKeepsCountingAcrossTheReportersClearingAndIsNamedForPrometheus() {
        MetricsRegistry engineMetrics = new MetricsRegistry();
        engineMetrics.createMeter(Metrics.JOB_FAILED);
        engineMetrics.markOccurrence(Metrics.JOB_FAILED, 1); // while the engine was built
        CamundaEngineMeters meters = new CamundaEngineMeters();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        meters.bindTo(registry);
        meters.postProcessEngineBuild(engine(engineMetrics));

        engineMetrics.markOccurrence(Metrics.JOB_FAILED, 2);
        // the reporter writes what it finds to ACT_RU_METER_LOG and clears the meter
        assertThat(engineMetrics.getDbMeterByName(Metrics.JOB_FAILED).getAndClear()).isEqualTo(3);
        engineMetrics.markOccurrence(Metrics.JOB_FAILED);

        assertThat(registry.get("camunda.job.failed").functionCounter().count()).isEqualTo(4.0);
        assertThat(engineMetrics.getDbMeterByName(Metrics.JOB_FAILED).get()).isEqualTo(1);
        assertThat(registry.get("camunda.activity.instance.start").functionCounter().count()).isZero();
    }

    private static ProcessEngine engine(MetricsRegistry metrics) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setMetricsRegistry(metrics);
        ProcessEngine engine = mock(ProcessEngine.class);
        when(engine.getProcessEngineConfiguration()).thenReturn(configuration);
        return engine;
    }
}

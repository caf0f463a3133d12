package id.layanankecamatan.observability;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;

/**
 * The engine's own metrics (those Cockpit and {@code ManagementService#createMetricsQuery} show) as Prometheus
 * counters of this node since its start, e.g. {@code camunda_job_failed_total}. The engine keeps each metric in a
 * {@link Meter} that its reporter empties into ACT_RU_METER_LOG every 15 minutes; each meter is replaced at engine
 * build by one that also adds to a running total here, so a scrape reads memory and never queries the meter log.
 */
@Component
public class CamundaEngineMeters extends AbstractProcessEnginePlugin implements MeterBinder {

    static final List<String> EXPOSED = List.of(Metrics.ACTIVTY_INSTANCE_START, Metrics.ACTIVTY_INSTANCE_END,
            Metrics.ROOT_PROCESS_INSTANCE_START, Metrics.JOB_ACQUISITION_ATTEMPT, Metrics.JOB_ACQUIRED_SUCCESS,
            Metrics.JOB_ACQUIRED_FAILURE, Metrics.JOB_EXECUTION_REJECTED, Metrics.JOB_SUCCESSFUL, Metrics.JOB_FAILED,
            Metrics.JOB_LOCKED_EXCLUSIVE, Metrics.EXECUTED_DECISION_ELEMENTS, Metrics.EXECUTED_DECISION_INSTANCES);

    private final Map<String, LongAdder> totals = EXPOSED.stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), name -> new LongAdder()));

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        // before the job executor starts; a count made while the engine was built is carried over
        var registry = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getMetricsRegistry();
        if (registry == null) {
            return; // metrics switched off in the engine: the counters stay at zero
        }
        Map<String, Meter> meters = registry.getDbMeters();
        totals.forEach((name, total) -> meters.computeIfPresent(name, (key, meter) -> new CountingMeter(meter, total)));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        totals.forEach((name, total) -> FunctionCounter.builder("camunda." + name.replace('-', '.'), total,
                        LongAdder::doubleValue)
                .description("Camunda engine metric " + name + " on this node since its start")
                .register(registry));
    }

    /** The engine's meter, which also counts into a total that is never cleared. */
    private static final class CountingMeter extends Meter {

        private final LongAdder total;

        CountingMeter(Meter original, LongAdder total) {
            super(original.getName());
            this.total = total;
            markTimes(original.getAndClear());
        }

        @Override
        public void mark() {
            markTimes(1);
        }

        @Override
        public void markTimes(long times) {
            super.markTimes(times);
            total.add(times);
        }
    }
}

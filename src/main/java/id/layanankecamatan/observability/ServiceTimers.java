package id.layanankecamatan.observability;

import id.layanankecamatan.api.ApiProblem;
import id.layanankecamatan.catalog.ServiceCatalog;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The timers around a citizen's submission ({@code layanan.submission}) and the issue of a letter
 * ({@code layanan.letter.issue}), tagged with the service and the outcome only. A service code the catalogue does
 * not know is tagged "unknown": what a client types must not create a new time series.
 */
@Component
public class ServiceTimers {

    static final String SUBMISSION = "layanan.submission";
    static final String LETTER_ISSUE = "layanan.letter.issue";

    private final MeterRegistry registry;
    private final ServiceCatalog catalog;

    public ServiceTimers(MeterRegistry registry, ServiceCatalog catalog) {
        this.registry = registry;
        this.catalog = catalog;
    }

    /** outcome: ok; invalid when the request was refused for what it contains (4xx); error otherwise. */
    public <T> T submission(String serviceCode, Supplier<T> submit) {
        return timed(SUBMISSION, "Submission checked, stored and its process started", serviceCode, submit);
    }

    /** outcome: ok or error (the job is retried by the engine). */
    public void letterIssue(String serviceCode, Runnable issue) {
        timed(LETTER_ISSUE, "Letter numbered, rendered, signed and stored", serviceCode, () -> {
            issue.run();
            return null;
        });
    }

    private <T> T timed(String name, String description, String serviceCode, Supplier<T> call) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "error";
        try {
            T result = call.get();
            outcome = "ok";
            return result;
        } catch (ApiProblem refused) {
            outcome = "invalid";
            throw refused;
        } finally {
            sample.stop(Timer.builder(name).description(description).tag("service", service(serviceCode))
                    .tag("outcome", outcome).register(registry));
        }
    }

    private String service(String code) {
        return code != null && catalog.find(code).isPresent() ? code : "unknown";
    }
}

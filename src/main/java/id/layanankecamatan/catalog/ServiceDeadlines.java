package id.layanankecamatan.catalog;

import id.layanankecamatan.calendar.WorkingDuration;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/**
 * The service's time promises in machine-readable form, counted by the office calendar: {@code completion}
 * is the published completion time (UU 25/2009 art. 21, jangka waktu penyelesaian) as one duration, and
 * {@code steps} the internal allowance of each staff step (verify, review, sign, confirm-original), which
 * becomes the due date of its task in Tasklist. {@code extension}, where set, is how much later an officer may
 * move the completion time once, with a reason (e.g. when a field check cannot be made in time).
 */
public record ServiceDeadlines(@NotNull WorkingDuration completion, @NotEmpty Map<String, WorkingDuration> steps,
                               WorkingDuration extension) {

    public ServiceDeadlines {
        steps = steps == null ? Map.of() : Map.copyOf(steps);
    }

    public java.util.Optional<WorkingDuration> allowedExtension() {
        return java.util.Optional.ofNullable(extension);
    }

    public WorkingDuration step(String step) {
        WorkingDuration allowed = steps.get(step);
        if (allowed == null) {
            throw new IllegalStateException("The catalogue allows no time for step '" + step + "'");
        }
        return allowed;
    }
}

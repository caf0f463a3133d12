package id.layanankecamatan.catalog;

import id.layanankecamatan.calendar.WorkingDuration;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/**
 * The service's time promises in machine-readable form, counted by the office calendar: {@code completion}
 * is the published completion time (UU 25/2009 art. 21, jangka waktu penyelesaian) as one duration (each staff
 * step's own allowance is in its {@link ServiceStep}). {@code extension}, where set, is how much later an officer
 * may move the completion time once, with a reason (e.g. when a field check cannot be made in time).
 */
public record ServiceDeadlines(@NotNull WorkingDuration completion, WorkingDuration extension) {

    public Optional<WorkingDuration> allowedExtension() {
        return Optional.ofNullable(extension);
    }
}

package id.layanankecamatan.application;

import id.layanankecamatan.calendar.WorkingCalendar;
import id.layanankecamatan.calendar.WorkingDuration;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceDefinition;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The completion time promised to the citizen (UU 25/2009 art. 21, jangka waktu penyelesaian), in one place: made
 * at submission from the catalogue, standing still while the office waits for the citizen's correction (it moves
 * later by the office time that passed, and the timeline says so), moved once by an extension where the catalogue
 * allows one, and found passed only while its clock runs. Stored as the application's {@code due_at}.
 */
@Component
public class ServicePromise {

    private final ApplicationRepository applications;
    private final WorkingCalendar calendar;
    private final ServiceCatalog catalog;

    public ServicePromise(ApplicationRepository applications, WorkingCalendar calendar, ServiceCatalog catalog) {
        this.applications = applications;
        this.calendar = calendar;
        this.catalog = catalog;
    }

    /** The promise made at submission: the published completion time counted from then, in office time. */
    public OffsetDateTime atSubmission(ServiceDefinition service, OffsetDateTime submittedAt) {
        return calendar.add(submittedAt, service.deadlines().completion());
    }

    /** The promise as it stands; an application from before promises were stored gets the catalogue's. */
    public OffsetDateTime current(Application application) {
        return application.dueAt() != null ? application.dueAt()
                : atSubmission(catalog.get(application.serviceCode()), application.submittedAt());
    }

    /** Passed: the clock runs (no correction awaited) and the promised time has come. */
    public static boolean passed(OffsetDateTime due, OffsetDateTime pausedAt, OffsetDateTime now) {
        return pausedAt == null && due != null && !now.isBefore(due);
    }

    /**
     * When the overall watch looks again: at the promised time; while the clock stands still, or once the promise
     * has passed, one working day later.
     */
    public OffsetDateTime nextCheck(Application application, OffsetDateTime now) {
        OffsetDateTime due = current(application);
        return application.clockPausedAt() != null || !due.isAfter(now) ? calendar.addWorkingDays(now, 1) : due;
    }

    /** How much later an officer may move the promise once, if the catalogue allows it for this service. */
    public Optional<WorkingDuration> allowedExtension(Application application) {
        return catalog.get(application.serviceCode()).deadlines().allowedExtension();
    }

    /** The promise moved by the allowed extension (the caller checks that one is allowed and not yet used). */
    public OffsetDateTime extended(Application application, WorkingDuration extension) {
        return calendar.add(current(application), extension);
    }

    public void pause(Application application, OffsetDateTime now) {
        if (application.dueAt() != null && application.clockPausedAt() == null) {
            applications.setClockPausedAt(application.id(), now);
        }
    }

    /** Moves the promise and says by how much, for the timeline entry of the correction. */
    public Optional<String> resume(Application application, OffsetDateTime now) {
        if (application.clockPausedAt() == null) {
            return Optional.empty();
        }
        Duration paused = calendar.officeTimeBetween(application.clockPausedAt(), now);
        // adding nothing would still move a due time at closing to the next opening
        OffsetDateTime due = paused.isZero() ? application.dueAt() : calendar.addOfficeTime(application.dueAt(), paused);
        applications.resumeClock(application.id(), due, paused);
        return Optional.of("Waktu layanan berhenti selama " + officeTime(paused)
                + " menunggu perbaikan; janji selesai diundur sebanyak itu.");
    }

    /** "2 jam 15 menit kerja", "0 menit kerja". */
    static String officeTime(Duration duration) {
        long hours = duration.toHours();
        long minutes = duration.toMinutesPart();
        if (hours == 0) {
            return minutes + " menit kerja";
        }
        return minutes == 0 ? hours + " jam kerja" : hours + " jam " + minutes + " menit kerja";
    }
}

package id.layanankecamatan.application;

import id.layanankecamatan.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The service clock of an application stands still while the office waits for the citizen's correction: the
 * promised completion time moves later by the office time that passed meanwhile, and the timeline says so
 * (in the entry of the correction).
 */
@Component
public class ServiceClock {

    private final ApplicationRepository applications;
    private final WorkingCalendar calendar;

    public ServiceClock(ApplicationRepository applications, WorkingCalendar calendar) {
        this.applications = applications;
        this.calendar = calendar;
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

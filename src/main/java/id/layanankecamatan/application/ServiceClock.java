package id.layanankecamatan.application;

import id.layanankecamatan.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;

/**
 * The service clock of an application stands still while the office waits for the citizen's correction: the
 * promised completion time moves later by the office time that passed meanwhile, and the timeline says so.
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

    public void resume(Application application, OffsetDateTime now) {
        if (application.clockPausedAt() == null) {
            return;
        }
        Duration paused = calendar.officeTimeBetween(application.clockPausedAt(), now);
        // adding nothing would still move a due time at closing to the next opening
        OffsetDateTime due = paused.isZero() ? application.dueAt() : calendar.addOfficeTime(application.dueAt(), paused);
        applications.resumeClock(application.id(), due);
        applications.addEvent(application.id(), ApplicationStatus.SUBMITTED, "Waktu layanan berhenti selama "
                + officeTime(paused) + " menunggu perbaikan; janji selesai diundur sebanyak itu.", "sistem", now);
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

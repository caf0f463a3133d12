package id.layanankecamatan.application;

import id.layanankecamatan.calendar.WorkingCalendar;
import id.layanankecamatan.catalog.ServiceCatalog;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The one owner of an application's status and timeline: the portal, the API, the staff pages and the engine's
 * listeners and delegates tell it what happened, and it moves the status, writes the timeline entry the citizen
 * reads, and keeps the correction period and the promised time in step. Only the moves of {@link #MOVES} are made;
 * anything else (e.g. a step finishing on an application that was withdrawn) is refused with the two statuses
 * named. Callers hold the application's row lock ({@link ApplicationRepository#lockByRegistrationNumber}).
 */
@Component
public class ApplicationLifecycle {

    /** Who writes an entry the citizen did not: the engine itself (a deadline). */
    public static final String SYSTEM = "sistem";
    /** The citizen, on the tracking page or through the API. */
    public static final String APPLICANT = "pemohon";

    static final Map<ApplicationStatus, Set<ApplicationStatus>> MOVES = Map.of(
            ApplicationStatus.SUBMITTED, EnumSet.of(ApplicationStatus.VERIFIED, ApplicationStatus.RETURNED,
                    ApplicationStatus.REJECTED, ApplicationStatus.CANCELLED),
            ApplicationStatus.RETURNED, EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.CLOSED,
                    ApplicationStatus.CANCELLED),
            ApplicationStatus.VERIFIED, EnumSet.of(ApplicationStatus.ISSUED, ApplicationStatus.REJECTED,
                    ApplicationStatus.CANCELLED));

    private final ApplicationRepository applications;
    private final ServicePromise promise;
    private final WorkingCalendar calendar;
    private final ServiceCatalog catalog;

    public ApplicationLifecycle(ApplicationRepository applications, ServicePromise promise, WorkingCalendar calendar,
                                ServiceCatalog catalog) {
        this.applications = applications;
        this.promise = promise;
        this.calendar = calendar;
        this.catalog = catalog;
    }

    /** The first entry of a new application: received online, or registered at the counter by an officer. */
    public void submitted(long applicationId, String registeredBy, OffsetDateTime now) {
        if (registeredBy == null) {
            applications.addEvent(applicationId, ApplicationStatus.SUBMITTED, "Permohonan diterima.", APPLICANT, now);
        } else {
            applications.addEvent(applicationId, ApplicationStatus.SUBMITTED, "Permohonan didaftarkan di loket.",
                    registeredBy, now);
        }
    }

    /**
     * Sent back for correction: the correction period starts (the catalogue's working days) and the promised time
     * stands still until the citizen answers. Returns the deadline, which the process waits for, and the reminder.
     */
    public CorrectionWindow returned(Application application, String note, String officer, OffsetDateTime now) {
        int days = catalog.get(application.serviceCode()).correctionWorkingDays();
        OffsetDateTime due = calendar.addWorkingDays(now, days);
        // two working days before the deadline; a window of two days or less gets its reminder after one day
        OffsetDateTime reminder = calendar.addWorkingDays(now, Math.max(days - CorrectionWindow.REMINDER_WORKING_DAYS, 1));
        move(application, ApplicationStatus.RETURNED, note, officer, now);
        applications.setCorrectionDue(application.id(), due);
        promise.pause(application, now);
        return new CorrectionWindow(due, reminder);
    }

    /** The citizen's correction arrived: the promised time runs again, later by the time it stood still. */
    public void corrected(Application application, OffsetDateTime now) {
        String note = promise.resume(application, now).map(paused -> "Perbaikan dikirim oleh pemohon. " + paused)
                .orElse("Perbaikan dikirim oleh pemohon.");
        move(application, ApplicationStatus.SUBMITTED, note, APPLICANT, now);
    }

    /** Any other move, with the timeline entry that explains it. */
    public void move(Application application, ApplicationStatus next, String note, String actor, OffsetDateTime now) {
        ApplicationStatus from = application.status();
        if (!MOVES.getOrDefault(from, Set.of()).contains(next)) {
            throw new IllegalStateException("Permohonan " + application.registrationNumber() + " cannot move from "
                    + from + " to " + next);
        }
        applications.updateStatus(application.id(), next, now);
        if (from == ApplicationStatus.RETURNED) {
            applications.setCorrectionDue(application.id(), null);
        }
        applications.addEvent(application.id(), next, note, actor, now);
    }

    /** A timeline entry that leaves the status as it is (a review, a corrected detail, an extension, a revocation). */
    public void note(Application application, String note, String actor, OffsetDateTime now) {
        applications.addEvent(application.id(), application.status(), note, actor, now);
    }
}

package id.layanankecamatan.workflow;

import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ServicePromise;
import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.calendar.WorkingCalendar;
import id.layanankecamatan.catalog.ServiceCatalog;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Due dates of staff tasks, from the catalogue and counted in office time: the shared BPMN steps say
 * {@code camunda:dueDate="${deadlines.task(execution, 'verify')}"} instead of holding a duration themselves.
 * Counted from the moment the task is created (the engine's clock), so a task that comes back after a
 * correction gets its full allowance again.
 */
@Component("deadlines")
public class Deadlines {

    private final ServiceCatalog catalog;
    private final WorkingCalendar calendar;
    private final ApplicationRepository applications;
    private final ServicePromise promise;
    private final OfficeClock clock;

    public Deadlines(ServiceCatalog catalog, WorkingCalendar calendar, ApplicationRepository applications,
                     ServicePromise promise, OfficeClock clock) {
        this.catalog = catalog;
        this.calendar = calendar;
        this.applications = applications;
        this.promise = promise;
        this.clock = clock;
    }

    public Date task(VariableScope execution, String step) {
        return Date.from(due(execution, step).toInstant());
    }

    /** When the assignee is reminded: 75 % of the step's office time is used (boundary timer on the task). */
    public Date reminder(VariableScope execution, String step) {
        OffsetDateTime now = clock.now();
        Duration allowed = calendar.officeTimeBetween(now, due(execution, step));
        return Date.from(calendar.addOfficeTime(now, allowed.multipliedBy(3).dividedBy(4)).toInstant());
    }

    /** When the camat is told: the task is still open one working day after it was due. */
    public Date overdue(VariableScope execution, String step) {
        return Date.from(calendar.addWorkingDays(due(execution, step), 1).toInstant());
    }

    /** The completion time promised to the citizen (moved by a correction pause or an extension). */
    public Date completion(DelegateExecution execution) {
        return Date.from(promise.current(application(execution)).toInstant());
    }

    /**
     * When the overall watch looks again: at the (possibly moved) due time; while the clock is paused for a
     * correction, one working day later.
     */
    public Date nextCompletionCheck(DelegateExecution execution) {
        return Date.from(promise.nextCheck(application(execution), clock.now()).toInstant());
    }

    private Application application(DelegateExecution execution) {
        return applications.findByRegistrationNumber(execution.getProcessBusinessKey())
                .orElseThrow(() -> ApplicationRepository.missing(execution.getProcessBusinessKey()));
    }

    private OffsetDateTime due(VariableScope execution, String step) {
        return calendar.add(clock.now(), StepSetting.of(catalog, execution, step).due());
    }
}

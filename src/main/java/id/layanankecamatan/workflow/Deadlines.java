package id.layanankecamatan.workflow;

import id.layanankecamatan.application.Times;
import id.layanankecamatan.calendar.WorkingCalendar;
import id.layanankecamatan.catalog.ServiceCatalog;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
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

    public Deadlines(ServiceCatalog catalog, WorkingCalendar calendar) {
        this.catalog = catalog;
        this.calendar = calendar;
    }

    public Date task(VariableScope execution, String step) {
        return Date.from(due(execution, step).toInstant());
    }

    /** When the assignee is reminded: 75 % of the step's office time is used (boundary timer on the task). */
    public Date reminder(VariableScope execution, String step) {
        OffsetDateTime now = Times.now();
        Duration allowed = calendar.officeTimeBetween(now, due(execution, step));
        return Date.from(calendar.addOfficeTime(now, allowed.multipliedBy(3).dividedBy(4)).toInstant());
    }

    /** When the camat is told: the task is still open one working day after it was due. */
    public Date overdue(VariableScope execution, String step) {
        return Date.from(calendar.addWorkingDays(due(execution, step), 1).toInstant());
    }

    private OffsetDateTime due(VariableScope execution, String step) {
        String serviceCode = (String) execution.getVariable(ProcessIds.VAR_SERVICE_CODE);
        return calendar.add(Times.now(), catalog.get(serviceCode).deadlines().step(step));
    }
}

package id.layanankecamatan.complaint;

import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The complaint's times for the BPMN's due dates and timers ({@code ${complaintDeadlines.handling(execution)}}),
 * read from the complaint's row or counted from now in office time; none is held in a process variable.
 */
@Component("complaintDeadlines")
public class ComplaintDeadlines {

    private final ComplaintProgress complaints;
    private final WorkingCalendar calendar;
    private final OfficeClock clock;

    public ComplaintDeadlines(ComplaintProgress complaints, WorkingCalendar calendar, OfficeClock clock) {
        this.complaints = complaints;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * The verification task: the first time by the row's verification_due (3 working days from receipt); after
     * the complainant's addition, again 3 working days from now.
     */
    public Date verification(VariableScope execution) {
        ComplaintProgress.Handled complaint = complaint(execution);
        OffsetDateTime due = complaint.acknowledgedAt() == null ? complaint.verificationDue()
                : calendar.addWorkingDays(clock.now(), ComplaintRules.VERIFICATION_WORKING_DAYS);
        return date(due);
    }

    /** UU 25/2009: the written acknowledgement at the latest 14 days after receipt (the row's acknowledgement_due). */
    public Date acknowledgement(DelegateExecution execution) {
        return date(complaint(execution).acknowledgementDue());
    }

    /** The handling task: the class's working days from classification, or from the reopening. */
    public Date handling(VariableScope execution) {
        return date(handlingDue(execution));
    }

    /** The reminder at 75 % of the office time the handling task has. */
    public Date handlingReminder(VariableScope execution) {
        OffsetDateTime now = clock.now();
        Duration allowed = calendar.officeTimeBetween(now, handlingDue(execution));
        return date(calendar.addOfficeTime(now, allowed.multipliedBy(3).dividedBy(4)));
    }

    /** The camat is told when the handling is still open one working day after its due time. */
    public Date handlingOverdue(VariableScope execution) {
        // the due time is the closing time of its day: counted from that day, not from the next opening (which
        // would make it two working days)
        return date(calendar.addWorkingDays(handlingDue(execution).minusMinutes(1), 1));
    }

    /** How long an incomplete complaint waits for the complainant: 30 days from the request. */
    public Date completion(VariableScope execution) {
        return date(completionDue(clock.now()));
    }

    OffsetDateTime completionDue(OffsetDateTime requestedAt) {
        return requestedAt.plusDays(ComplaintRules.COMPLETION_DAYS);
    }

    /** The complainant may answer "belum selesai" for 14 days after the reply. */
    public Date reopenWindowEnd(VariableScope execution) {
        return date(reopenWindowEnd(complaint(execution).repliedAt()));
    }

    OffsetDateTime reopenWindowEnd(OffsetDateTime repliedAt) {
        return repliedAt.plusDays(ComplaintRules.REOPEN_DAYS);
    }

    /** The gateway after a reply: a reopened complaint is not waited on again (one reopening only). */
    public boolean reopened(VariableScope execution) {
        return complaint(execution).reopenedAt() != null;
    }

    private OffsetDateTime handlingDue(VariableScope execution) {
        OffsetDateTime due = complaint(execution).dueAt();
        if (due == null) {
            throw new IllegalStateException("Complaint " + number(execution) + " has no due time: not classified");
        }
        return due;
    }

    private ComplaintProgress.Handled complaint(VariableScope execution) {
        String number = number(execution);
        return complaints.find(number).orElseThrow(() -> ComplaintProgress.missing(number));
    }

    private static String number(VariableScope scope) {
        if (scope instanceof DelegateExecution execution) {
            return execution.getProcessBusinessKey();
        }
        if (scope instanceof org.camunda.bpm.engine.delegate.DelegateTask task) {
            return task.getExecution().getProcessBusinessKey();
        }
        throw new IllegalArgumentException("Neither an execution nor a task: " + scope);
    }

    private static Date date(OffsetDateTime time) {
        return Date.from(time.toInstant());
    }
}

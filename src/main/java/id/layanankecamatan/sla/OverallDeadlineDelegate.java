package id.layanankecamatan.sla;

import id.layanankecamatan.application.ServicePromise;
import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.notify.StaffMail;
import id.layanankecamatan.notify.StaffNotice;
import id.layanankecamatan.security.StaffGroups;
import id.layanankecamatan.web.IndonesianDates;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * BPMN: the overall deadline watch of every service process. Sets {@code overallPassed}; the first time the
 * promised completion time is found passed (clock running, not paused for a correction) it records the breach
 * and tells the camat. Otherwise the watch waits for the due time again, which a pause or extension may have moved.
 */
@Component("overallDeadline")
public class OverallDeadlineDelegate implements JavaDelegate {

    public static final String VAR_PASSED = "overallPassed";

    private final ApplicationDeadlines deadlines;
    private final StaffMail mail;
    private final IndonesianDates dates;
    private final OfficeClock clock;

    public OverallDeadlineDelegate(ApplicationDeadlines deadlines, StaffMail mail, IndonesianDates dates,
    OfficeClock clock) {
        this.deadlines = deadlines;
        this.mail = mail;
        this.dates = dates;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = execution.getProcessBusinessKey();
        ApplicationDeadlines.Record record = deadlines.find(number).orElseThrow(() -> new IllegalStateException(
                "Permohonan " + number + " tidak punya catatan waktu penyelesaian (application tanpa due_at)."));
        OffsetDateTime now = clock.now();
        boolean passed = ServicePromise.passed(record.dueAt(), record.clockPausedAt(), now);
        execution.setVariableLocal(VAR_PASSED, passed);
        if (passed && deadlines.breached(number, now)) {
            mail.toGroups(List.of(StaffGroups.CAMAT),
                    StaffNotice.completionOverdue(number, dates.zoned(record.dueAt())));
        }
    }
}

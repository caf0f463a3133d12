package id.layanankecamatan.complaint;

import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.notify.StaffMail;
import id.layanankecamatan.notify.StaffNotice;
import id.layanankecamatan.security.StaffGroups;
import id.layanankecamatan.sla.SlaAlerts;
import id.layanankecamatan.web.IndonesianDates;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The complaint's service-level watch, on the letter services' alerts ({@link SlaAlerts}: reminder at 75 %, the
 * sekcam at the due time, the camat a working day later, each step's record in sla_step) in a complaint's words,
 * plus what only complaints have: the breach kept on the complaint (breached_at, internal timeline entry) and the
 * 14-day acknowledgement floor of UU 25/2009.
 */
@Component
public class ComplaintAlerts {

    static final SlaAlerts.Wording WORDING = new SlaAlerts.Wording(StaffNotice::complaintStepReminder,
            StaffNotice::complaintStepOverdue);

    private final SlaAlerts alerts;
    private final ComplaintProgress complaints;
    private final StaffMail mail;
    private final IndonesianDates dates;
    private final OfficeClock clock;

    public ComplaintAlerts(SlaAlerts alerts, ComplaintProgress complaints, StaffMail mail, IndonesianDates dates,
                           OfficeClock clock) {
        this.alerts = alerts;
        this.complaints = complaints;
        this.mail = mail;
        this.dates = dates;
        this.clock = clock;
    }

    /** The verification was not done by its due time (at the time, or found at a late completion). */
    void recordLateVerification(ComplaintProgress.Handled complaint, OffsetDateTime due) {
        complaints.breach(complaint, "Batas waktu verifikasi (" + dates.zoned(due) + ") terlewati.", clock.now());
    }

    /** The follow-up and written reply were not done by the due time. */
    void recordLateHandling(ComplaintProgress.Handled complaint, OffsetDateTime due) {
        complaints.breach(complaint, "Batas waktu tindak lanjut dan jawaban tertulis (" + dates.zoned(due)
                + ") terlewati.", clock.now());
    }

    void escalate(DelegateExecution execution, int level, String group) {
        ComplaintProgress.Handled complaint = complaints.lock(execution.getProcessBusinessKey());
        String task = taskOf(execution);
        if (ComplaintIds.TASK_HANDLE.equals(task)) {
            // the due time the escalation was set for (a reopened complaint has a due time of its own)
            recordLateHandling(complaint, complaint.dueAt());
        } else {
            org.camunda.bpm.engine.task.Task open = execution.getProcessEngineServices().getTaskService()
                    .createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(task)
                    .singleResult();
            recordLateVerification(complaint, clock.local(open.getDueDate()));
        }
        alerts.escalate(execution, level, group, WORDING);
    }

    /** UU 25/2009: no written acknowledgement 14 days after receipt; tells the sekcam and camat, records the breach. */
    void checkAcknowledgement(DelegateExecution execution) {
        ComplaintProgress.Handled complaint = complaints.lock(execution.getProcessBusinessKey());
        if (complaint.acknowledgedAt() != null) {
            return;
        }
        String due = dates.zoned(complaint.acknowledgementDue());
        if (complaints.breach(complaint, "Belum ada tanda terima tertulis 14 hari setelah pengaduan diterima (batas "
                + due + ").", clock.now())) {
            mail.toGroups(List.of(StaffGroups.SEKCAM, StaffGroups.CAMAT),
                    StaffNotice.complaintUnacknowledged(complaint.number(), due));
        }
    }

    /** The user task the timer that started this branch is attached to, from the timer's id. */
    private static String taskOf(DelegateExecution execution) {
        String activity = execution.getCurrentActivityId();
        int sla = activity.indexOf("_sla_");
        return sla < 0 ? activity : activity.substring(0, sla);
    }

    /** BPMN: the reminder timer's service task on the handling task. */
    @Component("complaintSlaReminder")
    public static class Reminder implements JavaDelegate {
        private final SlaAlerts alerts;

        public Reminder(SlaAlerts alerts) {
            this.alerts = alerts;
        }

        @Override
        public void execute(DelegateExecution execution) {
            alerts.remind(execution, WORDING);
        }
    }

    /** BPMN: the escalation timers' service tasks; input parameters {@code level} (1, 2) and {@code group}. */
    @Component("complaintEscalation")
    public static class Escalation implements JavaDelegate {
        private final ComplaintAlerts alerts;

        public Escalation(ComplaintAlerts alerts) {
            this.alerts = alerts;
        }

        @Override
        public void execute(DelegateExecution execution) {
            SlaAlerts.EscalationInput input = SlaAlerts.EscalationInput.of(execution);
            alerts.escalate(execution, input.level(), input.group());
        }
    }

    /** BPMN: the acknowledgement watch's service task. */
    @Component("complaintAcknowledgementCheck")
    public static class AcknowledgementCheck implements JavaDelegate {
        private final ComplaintAlerts alerts;

        public AcknowledgementCheck(ComplaintAlerts alerts) {
            this.alerts = alerts;
        }

        @Override
        public void execute(DelegateExecution execution) {
            alerts.checkAcknowledgement(execution);
        }
    }
}

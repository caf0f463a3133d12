package id.layanankecamatan.complaint;

import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.workflow.StaffActor;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener (complete) on "Tindak lanjut dan jawaban tertulis": the written reply is checked again (Tasklist
 * validates only in the browser), stored in complaint.reply_text and removed from the process; the complaint is
 * SELESAI. A reply after the due time records the breach, as the escalation would have.
 */
@Component("recordComplaintReply")
public class RecordReplyListener implements TaskListener {

    static final int MAX_REPLY = 4000;

    private final ComplaintProgress complaints;
    private final ComplaintAlerts alerts;
    private final OfficeClock clock;

    public RecordReplyListener(ComplaintProgress complaints, ComplaintAlerts alerts, OfficeClock clock) {
        this.complaints = complaints;
        this.alerts = alerts;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String reply = RecordVerificationListener.text(task, ComplaintIds.VAR_REPLY, MAX_REPLY);
        if (reply == null) {
            throw new BadUserRequestException("Tuliskan jawaban tertulis untuk pengadu.");
        }
        OffsetDateTime now = clock.now();
        ComplaintProgress.Handled complaint = complaints.lock(task.getExecution().getProcessBusinessKey());
        if (complaint.dueAt() != null && now.isAfter(complaint.dueAt())) {
            alerts.recordLateHandling(complaint, complaint.dueAt());
        }
        complaints.reply(complaint, reply, StaffActor.of(task), now);
        task.getExecution().removeVariable(ComplaintIds.VAR_REPLY);
    }
}

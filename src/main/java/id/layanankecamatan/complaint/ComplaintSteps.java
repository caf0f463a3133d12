package id.layanankecamatan.complaint;

import id.layanankecamatan.calendar.OfficeClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The complaint process's service tasks that move the complaint without an officer (beans named in the BPMN). */
public final class ComplaintSteps {

    /** Input parameter of {@code ${closeComplaint}}: why it is closed. */
    static final String VAR_CLOSING = "closing";

    private ComplaintSteps() {
    }

    /** BPMN: after the message ComplaintCompleted, the complaint goes back to verification. */
    @Component("recordComplaintCompletion")
    public static class CompletionReceived implements JavaDelegate {
        private final ComplaintProgress complaints;
        private final OfficeClock clock;

        public CompletionReceived(ComplaintProgress complaints, OfficeClock clock) {
            this.complaints = complaints;
            this.clock = clock;
        }

        @Override
        public void execute(DelegateExecution execution) {
            complaints.completed(complaints.lock(execution.getProcessBusinessKey()), clock.now());
        }
    }

    /** BPMN: after the message ComplaintNotResolved (once), the complaint is reopened with a new due time. */
    @Component("reopenComplaint")
    public static class Reopen implements JavaDelegate {
        private final ComplaintProgress complaints;
        private final OfficeClock clock;

        public Reopen(ComplaintProgress complaints, OfficeClock clock) {
            this.complaints = complaints;
            this.clock = clock;
        }

        @Override
        public void execute(DelegateExecution execution) {
            if (!complaints.reopen(complaints.lock(execution.getProcessBusinessKey()), clock.now())) {
                // the diagram waits for the message only once; a second reopening is a bug, not the citizen's doing
                throw new IllegalStateException("Complaint " + execution.getProcessBusinessKey()
                        + " was reopened before");
            }
        }
    }

    /** BPMN: closes the complaint; input {@code closing}: incomplete, window or second-reply. */
    @Component("closeComplaint")
    public static class Close implements JavaDelegate {
        private final ComplaintProgress complaints;
        private final OfficeClock clock;

        public Close(ComplaintProgress complaints, OfficeClock clock) {
            this.complaints = complaints;
            this.clock = clock;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String closing = String.valueOf(execution.getVariableLocal(VAR_CLOSING));
            String note = switch (closing) {
                case "incomplete" -> "Pengaduan ditutup karena kelengkapan tidak diterima dalam "
                        + ComplaintRules.COMPLETION_DAYS + " hari.";
                case "window" -> "Pengaduan ditutup: tidak ada tanggapan \"belum selesai\" dalam "
                        + ComplaintRules.REOPEN_DAYS + " hari setelah jawaban tertulis.";
                case "second-reply" -> "Pengaduan ditutup setelah jawaban atas pembukaan kembali.";
                default -> throw new IllegalStateException("Unknown closing '" + closing + "' at "
                        + execution.getCurrentActivityId());
            };
            complaints.close(complaints.lock(execution.getProcessBusinessKey()), note, "sistem", clock.now());
        }
    }
}

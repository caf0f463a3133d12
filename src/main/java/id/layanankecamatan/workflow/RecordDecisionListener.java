package id.layanankecamatan.workflow;

import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationLifecycle;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ApplicationStatus;
import id.layanankecamatan.application.CorrectionWindow;
import id.layanankecamatan.calendar.OfficeClock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener (complete) on every decision task. Tasklist only validates in the browser, so the decision
 * and the note are checked here again; a bad one stops the completion with a message for the officer.
 * The outcome goes onto the citizen's timeline in the same transaction.
 */
@Component("recordDecision")
public class RecordDecisionListener implements TaskListener {

    private final ApplicationRepository applications;
    private final ApplicationLifecycle lifecycle;
    private final OfficeClock officeClock;

    public RecordDecisionListener(ApplicationRepository applications, ApplicationLifecycle lifecycle,
                                  OfficeClock officeClock) {
        this.applications = applications;
        this.lifecycle = lifecycle;
        this.officeClock = officeClock;
    }

    @Override
    public void notify(DelegateTask task) {
        Set<String> allowed = StaffDecision.allowedFor(task.getTaskDefinitionKey());
        Object decisionValue = task.getVariable(ProcessIds.VAR_DECISION);
        String decision = decisionValue instanceof String s ? s : null;
        String note = task.getVariable(ProcessIds.VAR_NOTE) instanceof String s && !s.isBlank() ? s.strip() : null;
        if (decision == null || !allowed.contains(decision)) {
            throw new BadUserRequestException("Pilih keputusan: " + String.join(", ", allowed.stream().sorted().toList()) + ".");
        }
        if (StaffDecision.needsNote(decision) && note == null) {
            throw new BadUserRequestException("Catatan untuk pemohon wajib diisi bila permohonan dikembalikan atau ditolak.");
        }
        if (note != null && note.length() > 2000) {
            throw new BadUserRequestException("Catatan terlalu panjang (paling banyak 2000 karakter).");
        }
        String actor = StaffActor.of(task);
        String registrationNumber = task.getExecution().getProcessBusinessKey();
        Application application = applications.lockByRegistrationNumber(registrationNumber)
                .orElseThrow(() -> ApplicationRepository.missing(registrationNumber));
        if (application.status().isFinal()) {
            // e.g. withdrawn by the citizen while the officer had the form open
            throw new BadUserRequestException("Permohonan ini sudah berakhir (" + application.status().label()
                    + "); langkah ini tidak dapat diselesaikan lagi.");
        }
        OffsetDateTime now = officeClock.now();
        switch (decision) {
            case StaffDecision.ACCEPT -> lifecycle.move(application, ApplicationStatus.VERIFIED, note, actor, now);
            case StaffDecision.RETURN -> {
                CorrectionWindow window = lifecycle.returned(application, note, actor, now);
                task.getExecution().setVariable(ProcessIds.VAR_CORRECTION_DUE, Date.from(window.due().toInstant()));
                task.getExecution().setVariable(ProcessIds.VAR_CORRECTION_REMINDER,
                        Date.from(window.reminder().toInstant()));
            }
            case StaffDecision.REJECT -> lifecycle.move(application, ApplicationStatus.REJECTED, note, actor, now);
            // the account decides the signature block and the certificate (document.Signatories, signing.SignerKeys)
            case StaffDecision.SIGN -> task.getExecution().setVariable(ProcessIds.VAR_SIGNED_BY, StaffActor.known(task));
            case StaffDecision.APPROVE -> lifecycle.note(application,
                    note == null ? "Ditelaah dan disetujui kepala seksi." : note, actor, now);
            case StaffDecision.PARAF -> lifecycle.note(application,
                    note == null ? "Konsep surat diparaf." : "Konsep surat diparaf. " + note, actor, now);
            case StaffDecision.CONFIRM -> lifecycle.note(application,
                    note == null ? "Dokumen asli telah diperiksa petugas." : note, actor, now);
            default -> throw new IllegalStateException(decision);
        }
    }
}

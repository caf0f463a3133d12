package id.layanankecamatan.complaint;

import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.web.IndonesianDates;
import id.layanankecamatan.workflow.StaffActor;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener (complete) on "Verifikasi pengaduan". Tasklist validates only in the browser, so the decision and
 * what it needs are checked here again; a bad one stops the completion with a message for the officer. The outcome
 * goes onto the complaint and its timeline in the same transaction, and the texts leave the process (contract: no
 * text in process variables). The first verification is the written acknowledgement.
 */
@Component("recordComplaintVerification")
public class RecordVerificationListener implements TaskListener {

    static final int MAX_NOTE = 2000;
    // SP4N-LAPOR! tracking numbers are letters and digits, sometimes with dashes
    private static final Pattern LAPOR_REFERENCE = Pattern.compile("[A-Za-z0-9-]{4,64}");

    private final ComplaintProgress complaints;
    private final ComplaintDeadlines deadlines;
    private final ComplaintAlerts alerts;
    private final IndonesianDates dates;
    private final OfficeClock clock;

    public RecordVerificationListener(ComplaintProgress complaints, ComplaintDeadlines deadlines,
                                      ComplaintAlerts alerts, IndonesianDates dates, OfficeClock clock) {
        this.complaints = complaints;
        this.deadlines = deadlines;
        this.alerts = alerts;
        this.dates = dates;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        String decision = text(task, ComplaintIds.VAR_DECISION, 32);
        String actor = StaffActor.of(task);
        OffsetDateTime now = clock.now();
        if (decision == null) {
            throw new BadUserRequestException("Pilih hasil verifikasi: belum lengkap, bukan kewenangan kecamatan, "
                    + "atau lengkap.");
        }
        ComplaintProgress.Handled complaint = complaints.lock(execution.getProcessBusinessKey());
        switch (decision) {
            case ComplaintIds.DECISION_INCOMPLETE -> {
                String request = required(task, ComplaintIds.VAR_REQUEST, "Tuliskan apa yang perlu dilengkapi pengadu.");
                acknowledged(complaint, task, now);
                complaints.askToComplete(complaint, request + " (paling lambat "
                        + dates.deadline(deadlines.completionDue(now)) + ")", actor, now);
            }
            case ComplaintIds.DECISION_FORWARD -> {
                String to = required(task, ComplaintIds.VAR_FORWARDED_TO,
                        "Tuliskan instansi yang berwenang, tujuan pengaduan diteruskan.");
                String reference = text(task, ComplaintIds.VAR_LAPOR_REFERENCE, 64);
                if (reference != null && !LAPOR_REFERENCE.matcher(reference).matches()) {
                    throw new BadUserRequestException("Nomor SP4N-LAPOR! hanya berisi huruf, angka dan tanda hubung "
                            + "(4 sampai 64 karakter).");
                }
                String note = text(task, ComplaintIds.VAR_FORWARD_NOTE, MAX_NOTE);
                acknowledged(complaint, task, now);
                complaints.forward(complaint, to, reference, "Pengaduan di luar kewenangan kecamatan dan diteruskan "
                        + "kepada " + to + (reference == null ? "" : " (SP4N-LAPOR! " + reference + ")") + "."
                        + (note == null ? "" : " " + note), actor, now);
            }
            case ComplaintIds.DECISION_ACCEPT -> {
                ComplaintClass complaintClass = complaintClass(task);
                acknowledged(complaint, task, now);
                complaints.classify(complaint, complaintClass, actor, now);
            }
            default -> throw new BadUserRequestException("Hasil verifikasi tidak dikenal: " + decision + ".");
        }
        for (String text : new String[] {ComplaintIds.VAR_REQUEST, ComplaintIds.VAR_FORWARDED_TO,
                ComplaintIds.VAR_LAPOR_REFERENCE, ComplaintIds.VAR_FORWARD_NOTE}) {
            execution.removeVariable(text);
        }
    }

    /** The acknowledgement (first verification only); done after its due time, the breach is recorded as well. */
    private void acknowledged(ComplaintProgress.Handled complaint, DelegateTask task, OffsetDateTime now) {
        complaints.acknowledge(complaint, now);
        if (task.getDueDate() != null && now.toInstant().isAfter(task.getDueDate().toInstant())) {
            alerts.recordLateVerification(complaint, clock.local(task.getDueDate()));
        }
    }

    private static ComplaintClass complaintClass(DelegateTask task) {
        String value = text(task, ComplaintIds.VAR_CLASS, 64);
        try {
            return ComplaintClass.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException none) {
            throw new BadUserRequestException("Pilih kelas pengaduan: ringan (5 hari kerja), tanpa pemeriksaan "
                    + "lapangan (14 hari kerja) atau dengan pemeriksaan lapangan (60 hari kerja).");
        }
    }

    private static String required(DelegateTask task, String name, String message) {
        String value = text(task, name, MAX_NOTE);
        if (value == null) {
            throw new BadUserRequestException(message);
        }
        return value;
    }

    /** A submitted text, stripped; null when empty; refused when longer than {@code max}. */
    static String text(DelegateTask task, String name, int max) {
        Object value = task.getVariable(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s)) {
            throw new BadUserRequestException("Isian " + name + " harus berupa teks.");
        }
        String stripped = s.strip();
        if (stripped.length() > max) {
            throw new BadUserRequestException("Isian terlalu panjang (paling banyak " + max + " karakter).");
        }
        return stripped.isEmpty() ? null : stripped;
    }
}

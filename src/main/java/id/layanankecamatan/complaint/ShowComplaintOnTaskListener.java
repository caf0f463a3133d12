package id.layanankecamatan.complaint;

import id.layanankecamatan.web.IndonesianDates;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener (create) on both complaint tasks: what the form shows, as task-local variables, none of it personal.
 * The complaint's text, attachments, timeline and the complainant's identity are on the staff page
 * {@code /staf/pengaduan/{number}}, which decides who may see the identity and logs each reading.
 */
@Component("showComplaintOnTask")
public class ShowComplaintOnTaskListener implements TaskListener {

    static final String STAFF_PAGE = "/staf/pengaduan/%s";

    private final ComplaintProgress complaints;
    private final IndonesianDates dates;

    public ShowComplaintOnTaskListener(ComplaintProgress complaints, IndonesianDates dates) {
        this.complaints = complaints;
        this.dates = dates;
    }

    @Override
    public void notify(DelegateTask task) {
        String number = task.getExecution().getProcessBusinessKey();
        ComplaintProgress.Handled complaint = complaints.find(number)
                .orElseThrow(() -> ComplaintProgress.missing(number));
        Map<String, Object> shown = new HashMap<>();
        shown.put("complaintNumber", number);
        shown.put("complaintLink", "[Buka pengaduan %s](%s): isi, lampiran, identitas pengadu dan riwayat"
                .formatted(number, STAFF_PAGE.formatted(number)));
        shown.put("receivedText", dates.zoned(complaint.receivedAt()));
        shown.put("statusText", complaint.status().label());
        shown.put("deadlineText", deadlineText(complaint, task));
        task.setVariablesLocal(shown);
        // a fresh decision each time: a complaint verified again after its addition must not show the old answer
        for (String earlier : new String[] {ComplaintIds.VAR_DECISION, ComplaintIds.VAR_CLASS}) {
            task.getExecution().removeVariable(earlier);
        }
    }

    private String deadlineText(ComplaintProgress.Handled complaint, DelegateTask task) {
        if (ComplaintIds.TASK_HANDLE.equals(task.getTaskDefinitionKey())) {
            String text = "Kelas: %s. Jawaban tertulis paling lambat %s.".formatted(complaint.complaintClass().label(),
                    dates.zoned(complaint.dueAt()));
            return complaint.reopenedAt() == null ? text
                    : text + " Pengaduan ini **dibuka kembali** karena pengadu menyatakan belum selesai; alasannya ada "
                    + "di halaman pengaduan.";
        }
        String due = "Verifikasi paling lambat %s.".formatted(dates.zoned(clockDue(task)));
        if (complaint.acknowledgedAt() != null) {
            return due + " Pengadu sudah melengkapi pengaduannya; tanda terima tertulis sudah diberikan.";
        }
        // UU 25/2009: the written acknowledgement within 14 days at the latest
        return due + " Verifikasi ini menjadi tanda terima tertulis, yang wajib diberikan paling lambat %s."
                .formatted(dates.zoned(complaint.acknowledgementDue()));
    }

    private static java.time.OffsetDateTime clockDue(DelegateTask task) {
        return task.getDueDate() == null ? null : task.getDueDate().toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}

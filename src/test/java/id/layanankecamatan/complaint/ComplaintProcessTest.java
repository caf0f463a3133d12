package id.layanankecamatan.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.layanankecamatan.sla.SlaDashboard;
import id.layanankecamatan.sla.SlaFigures;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Jobs;
import id.layanankecamatan.support.Mails;
import jakarta.mail.internet.MimeMessage;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every path through processes/complaint.bpmn on the real engine and database, the engine clock moved through
 * office time (2031-03-03 is a Monday; the office is open Mon-Thu 07:30-16:00, Fri 07:30-16:30, WIB): the status,
 * timeline and closing figures on the complaint row, the mails, and that no personal data reached the engine.
 */
class ComplaintProcessTest extends IntegrationTest {

    private static final String OFFICER = "pengaduan";
    /** What the engine may hold of a complaint: its type, the verification's decision and the class. */
    private static final Set<String> ALLOWED_VARIABLES = Set.of(ComplaintIds.VAR_COMPLAINT_TYPE,
            ComplaintIds.VAR_DECISION, ComplaintIds.VAR_CLASS);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    SlaFigures figures;

    @Autowired
    ApplicationContext context;

    ReceivedComplaints complaints;

    @BeforeEach
    void intake() {
        complaints = ReceivedComplaints.from(context);
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
        processEngine.getIdentityService().clearAuthentication();
    }

    @ParameterizedTest
    @CsvSource({"RINGAN, 2031-03-10T16:00+07:00, 5",
            "TANPA_PEMERIKSAAN_LAPANGAN, 2031-03-21T16:30+07:00, 14",
            "DENGAN_PEMERIKSAAN_LAPANGAN, 2031-05-26T16:00+07:00, 60"})
    void eachClassIsDueInItsWorkingDaysAndClosesAfterTheReplysWindow(ComplaintClass complaintClass, String due,
                                                                     int workingDays) throws Exception {
        // given a complaint received on Monday morning
        at("2031-03-03T09:00:00+07:00");
        String number = complaints.receive(true);
        ProcessInstance instance = instance(number);
        assertThat(instance).isWaitingAt(ComplaintIds.TASK_VERIFY);
        assertThat(tasks.getIdentityLinksForTask(task(number).getId())).extracting(l -> l.getGroupId())
                .containsExactly("pengelola-pengaduan");
        // verification due in 3 working days: Thursday at closing
        assertThat(time(task(number).getDueDate())).isEqualTo(OffsetDateTime.parse("2031-03-06T16:00:00+07:00"));

        // when it is verified complete an hour later and classified
        at("2031-03-03T10:00:00+07:00");
        complete(number, Map.of(ComplaintIds.VAR_DECISION, ComplaintIds.DECISION_ACCEPT, ComplaintIds.VAR_CLASS,
                complaintClass.name()));

        // then it is due in the class's working days from the classification, and followed up
        Map<String, Object> row = complaints.row(number);
        assertThat(row).containsEntry("status", "DITINDAKLANJUTI").containsEntry("complaint_class", complaintClass.name());
        assertThat(offset(row.get("due_at"))).isEqualTo(OffsetDateTime.parse(due));
        assertThat(offset(row.get("acknowledged_at"))).isEqualTo(OffsetDateTime.parse("2031-03-03T10:00:00+07:00"));
        assertThat(instance).isWaitingAt(ComplaintIds.TASK_HANDLE);
        assertThat(time(task(number).getDueDate())).isEqualTo(OffsetDateTime.parse(due));
        assertThat(mailsAbout(number)).anyMatch(m -> m.startsWith(ReceivedComplaints.EMAIL + " Pengaduan " + number
                + " ditindaklanjuti") && m.contains(complaintClass.label()));

        // when the written reply is sent the next day
        at("2031-03-04T11:00:00+07:00");
        String reply = "Lampu jalan sudah diganti oleh petugas kecamatan bersama kepala desa pada 4 Maret 2031.";
        complete(number, Map.of(ComplaintIds.VAR_REPLY, reply));

        // then the reply is on the complaint, not in the process, and the complainant may answer for 14 days
        row = complaints.row(number);
        assertThat(row).containsEntry("status", "SELESAI").containsEntry("reply_text", reply)
                .containsEntry("replied_by", OFFICER);
        assertThat(instance).isWaitingAt(ComplaintIds.TASK_AWAIT_NOT_RESOLVED);
        assertThat(mailsAbout(number)).anyMatch(m -> m.startsWith(ReceivedComplaints.EMAIL + " Jawaban atas pengaduan "
                + number) && m.contains(reply) && m.contains("dalam 14 hari"));
        Job window = timer(number, ComplaintIds.TIMER_REOPEN_WINDOW_OVER);
        assertThat(time(window.getDuedate())).isEqualTo(OffsetDateTime.parse("2031-03-18T11:00:00+07:00"));

        // when nobody answers "belum selesai" in the window
        ClockUtil.setCurrentTime(window.getDuedate());
        management.executeJob(window.getId());

        // then it is closed, on time, with the working days from receipt (Mon 3 to Tue 18 March: 11)
        assertThat(instance).isEnded().hasPassed(ComplaintIds.TASK_CLOSE_AFTER_WINDOW, ComplaintIds.END_CLOSED);
        row = complaints.row(number);
        assertThat(row).containsEntry("status", "DITUTUP").containsEntry("closed_on_time", true)
                .containsEntry("working_days_to_close", 11);
        assertThat(row.get("breached_at")).isNull();
        assertThat(publicStatuses(number)).containsExactly("DITERIMA", "DITINDAKLANJUTI", "SELESAI", "DITUTUP");
        assertNoPersonalDataIn(instance, reply);
    }

    @Test
    void outsideTheOfficesAuthorityItIsForwardedAndEnds() throws Exception {
        at("2031-03-03T09:00:00+07:00");
        String number = complaints.receive(true);
        ProcessInstance instance = instance(number);

        at("2031-03-04T09:30:00+07:00");
        complete(number, Map.of(ComplaintIds.VAR_DECISION, ComplaintIds.DECISION_FORWARD,
                ComplaintIds.VAR_FORWARDED_TO, "Dinas Perhubungan Kota Padangsidimpuan",
                ComplaintIds.VAR_LAPOR_REFERENCE, "LAPOR-2031-0042",
                ComplaintIds.VAR_FORWARD_NOTE, "Penerangan jalan kota adalah kewenangan dinas."));

        assertThat(instance).isEnded().hasPassedInOrder(ComplaintIds.TASK_VERIFY, ComplaintIds.TASK_NOTIFY_FORWARDED,
                ComplaintIds.END_FORWARDED);
        Map<String, Object> row = complaints.row(number);
        assertThat(row).containsEntry("status", "DITERUSKAN")
                .containsEntry("forwarded_to", "Dinas Perhubungan Kota Padangsidimpuan")
                .containsEntry("lapor_reference", "LAPOR-2031-0042").containsEntry("closed_on_time", true)
                .containsEntry("working_days_to_close", 1);
        assertThat(offset(row.get("closed_at"))).isEqualTo(OffsetDateTime.parse("2031-03-04T09:30:00+07:00"));
        assertThat(mailsAbout(number)).anyMatch(m -> m.startsWith(ReceivedComplaints.EMAIL + " Pengaduan " + number
                + " diteruskan") && m.contains("Dinas Perhubungan") && m.contains("LAPOR-2031-0042")
                && m.contains("tanda terima tertulis"));
        assertNoPersonalDataIn(instance, "Dinas Perhubungan", "LAPOR-2031-0042", "kewenangan dinas");
    }

    @Test
    void anIncompleteComplaintIsVerifiedAgainOnceTheComplainantCompletesIt() throws Exception {
        at("2031-03-03T09:00:00+07:00");
        String number = complaints.receive(true);
        ProcessInstance instance = instance(number);

        at("2031-03-03T10:00:00+07:00");
        String request = "Sebutkan nama jalan dan nomor tiang lampu yang mati.";
        complete(number, Map.of(ComplaintIds.VAR_DECISION, ComplaintIds.DECISION_INCOMPLETE,
                ComplaintIds.VAR_REQUEST, request));

        assertThat(instance).isWaitingAt(ComplaintIds.TASK_AWAIT_COMPLETION);
        assertThat(complaints.row(number)).containsEntry("status", "PERLU_DILENGKAPI");
        assertThat(mailsAbout(number)).anyMatch(m -> m.startsWith(ReceivedComplaints.EMAIL + " Pengaduan " + number
                + " perlu dilengkapi") && m.contains(request) && m.contains("2 April 2031"));
        assertThat(time(timer(number, ComplaintIds.TIMER_COMPLETION_OVERDUE).getDuedate()))
                .isEqualTo(OffsetDateTime.parse("2031-04-02T10:00:00+07:00"));

        // the complainant completes it a week later: verified again, due 3 working days from then
        at("2031-03-10T14:00:00+07:00");
        complaints.complete(number, "Jalan Sisingamangaraja, tiang nomor 17 dan 18.");
        assertThat(instance).isWaitingAt(ComplaintIds.TASK_VERIFY);
        assertThat(complaints.row(number)).containsEntry("status", "DITERIMA");
        assertThat(time(task(number).getDueDate())).isEqualTo(OffsetDateTime.parse("2031-03-13T16:00:00+07:00"));
        assertThat(management.createJobQuery().processInstanceId(instance.getId())
                .activityId(ComplaintIds.TIMER_COMPLETION_OVERDUE).count()).isZero();

        at("2031-03-11T09:00:00+07:00");
        complete(number, Map.of(ComplaintIds.VAR_DECISION, ComplaintIds.DECISION_ACCEPT,
                ComplaintIds.VAR_CLASS, ComplaintClass.RINGAN.name()));
        assertThat(instance).isWaitingAt(ComplaintIds.TASK_HANDLE);
        Map<String, Object> row = complaints.row(number);
        // the first verification was the written acknowledgement
        assertThat(offset(row.get("acknowledged_at"))).isEqualTo(OffsetDateTime.parse("2031-03-03T10:00:00+07:00"));
        assertThat(offset(row.get("due_at"))).isEqualTo(OffsetDateTime.parse("2031-03-18T16:00:00+07:00"));
        assertThat(statuses(number)).containsExactly("DITERIMA", "PERLU_DILENGKAPI", "PERLU_DILENGKAPI", "DITERIMA",
                "DITINDAKLANJUTI");
        assertNoPersonalDataIn(instance, request, "Sisingamangaraja");
    }

    @Test
    void anIncompleteComplaintNeverCompletedIsClosedAfterThirtyDays() throws Exception {
        at("2031-03-03T09:00:00+07:00");
        String number = complaints.receive(true);
        ProcessInstance instance = instance(number);
        at("2031-03-03T10:00:00+07:00");
        complete(number, Map.of(ComplaintIds.VAR_DECISION, ComplaintIds.DECISION_INCOMPLETE,
                ComplaintIds.VAR_REQUEST, "Lampirkan foto lokasi."));

        Job overdue = timer(number, ComplaintIds.TIMER_COMPLETION_OVERDUE);
        ClockUtil.setCurrentTime(overdue.getDuedate());
        management.executeJob(overdue.getId());
        Jobs.runDue(processEngine, number);

        assertThat(instance).isEnded().hasPassedInOrder(ComplaintIds.TASK_AWAIT_COMPLETION,
                ComplaintIds.TASK_CLOSE_INCOMPLETE, ComplaintIds.TASK_NOTIFY_CLOSED_INCOMPLETE,
                ComplaintIds.END_CLOSED_INCOMPLETE);
        Map<String, Object> row = complaints.row(number);
        assertThat(row).containsEntry("status", "DITUTUP").containsEntry("closed_on_time", true);
        assertThat(offset(row.get("closed_at"))).isEqualTo(OffsetDateTime.parse("2031-04-02T10:00:00+07:00"));
        assertThat(latestPublicNote(number)).isEqualTo("Pengaduan ditutup karena kelengkapan tidak diterima dalam 30 hari.");
        assertThat(mailsAbout(number)).anyMatch(m -> m.startsWith(ReceivedComplaints.EMAIL + " Pengaduan " + number
                + " ditutup"));
        // too late for the complainant's addition
        assertThatThrownBy(() -> complaints.complete(number, "Foto terlampir."))
                .isInstanceOf(MismatchingMessageCorrelationException.class);
        assertNoPersonalDataIn(instance, "Lampirkan foto lokasi.");
    }

    @Test
    void belumSelesaiReopensOnceAndTheSecondReplyClosesAtOnce() throws Exception {
        at("2031-03-03T09:00:00+07:00");
        String number = complaints.receive(false);
        ProcessInstance instance = instance(number);
        at("2031-03-03T10:00:00+07:00");
        complete(number, Map.of(ComplaintIds.VAR_DECISION, ComplaintIds.DECISION_ACCEPT,
                ComplaintIds.VAR_CLASS, ComplaintClass.TANPA_PEMERIKSAAN_LAPANGAN.name()));
        at("2031-03-05T10:00:00+07:00");
        complete(number, Map.of(ComplaintIds.VAR_REPLY, "Sudah diperbaiki."));

        // "belum selesai" on Friday: reopened, due 14 working days from the reopening
        at("2031-03-07T09:00:00+07:00");
        complaints.notResolved(number, "Lampu menyala satu malam lalu mati lagi.");
        assertThat(instance).isWaitingAt(ComplaintIds.TASK_HANDLE).hasPassed(ComplaintIds.TASK_REOPEN);
        Map<String, Object> row = complaints.row(number);
        assertThat(row).containsEntry("status", "DIBUKA_KEMBALI")
                .containsEntry("reopen_reason", "Lampu menyala satu malam lalu mati lagi.")
                .containsEntry("complaint_class", "TANPA_PEMERIKSAAN_LAPANGAN");
        assertThat(offset(row.get("reopened_at"))).isEqualTo(OffsetDateTime.parse("2031-03-07T09:00:00+07:00"));
        assertThat(offset(row.get("due_at"))).isEqualTo(OffsetDateTime.parse("2031-03-27T16:00:00+07:00"));
        assertThat(time(task(number).getDueDate())).isEqualTo(OffsetDateTime.parse("2031-03-27T16:00:00+07:00"));

        // the second reply closes it at once: no second reopening
        at("2031-03-12T10:00:00+07:00");
        complete(number, Map.of(ComplaintIds.VAR_REPLY, "Kabel tiang diganti seluruhnya."));
        assertThat(instance).isEnded().hasPassed(ComplaintIds.TASK_CLOSE_AFTER_SECOND_REPLY,
                ComplaintIds.END_CLOSED_AFTER_SECOND_REPLY);
        row = complaints.row(number);
        assertThat(row).containsEntry("status", "DITUTUP").containsEntry("reply_text", "Kabel tiang diganti seluruhnya.")
                .containsEntry("closed_on_time", true).containsEntry("working_days_to_close", 7);
        assertThatThrownBy(() -> complaints.notResolved(number, "Masih mati."))
                .isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThat(complaints.row(number)).containsEntry("status", "DITUTUP");
        assertThat(publicStatuses(number)).containsExactly("DITERIMA", "DITINDAKLANJUTI", "SELESAI", "SELESAI",
                "DIBUKA_KEMBALI", "SELESAI", "DITUTUP");
        // no e-mail address given: nothing was mailed about it
        assertThat(mailsAbout(number)).isEmpty();
        assertNoPersonalDataIn(instance, "Kabel tiang", "Lampu menyala");
    }

    @Test
    void theHandlingIsRemindedAndEscalatedInWorkingTimeAndTheBreachIsRecorded() throws Exception {
        // classified RINGAN on a Friday: due the next Friday at closing; the camat is told on Monday
        at("2031-03-07T09:00:00+07:00");
        String number = complaints.receive(true);
        ProcessInstance instance = instance(number);
        at("2031-03-07T10:00:00+07:00");
        complete(number, Map.of(ComplaintIds.VAR_DECISION, ComplaintIds.DECISION_ACCEPT,
                ComplaintIds.VAR_CLASS, ComplaintClass.RINGAN.name()));
        Job reminder = timer(number, ComplaintIds.TASK_HANDLE + "_sla_reminder");
        Job due = timer(number, ComplaintIds.TASK_HANDLE + "_sla_due");
        Job overdue = timer(number, ComplaintIds.TASK_HANDLE + "_sla_overdue");
        // 42.5 office hours from Friday 10:00 to Friday 16:30; 75 % of them end on Thursday 11:52:30
        assertThat(time(reminder.getDuedate())).isEqualTo(OffsetDateTime.parse("2031-03-13T11:52:30+07:00"));
        assertThat(time(due.getDuedate())).isEqualTo(OffsetDateTime.parse("2031-03-14T16:30:00+07:00"));
        assertThat(time(overdue.getDuedate())).isEqualTo(OffsetDateTime.parse("2031-03-17T16:00:00+07:00"));

        ClockUtil.setCurrentTime(reminder.getDuedate());
        management.executeJob(reminder.getId());
        // nobody claimed it: the group's members are reminded
        assertThat(alertsAbout(number)).containsExactly("pengaduan@kecamatan.example.go.id Pengingat: "
                + "Tindak lanjut dan jawaban tertulis " + number);

        ClockUtil.setCurrentTime(due.getDuedate());
        management.executeJob(due.getId());
        assertThat(alertsAbout(number)).contains("sekcam@kecamatan.example.go.id Terlambat: "
                + "Tindak lanjut dan jawaban tertulis " + number).hasSize(2);
        Map<String, Object> row = complaints.row(number);
        assertThat(offset(row.get("breached_at"))).isEqualTo(OffsetDateTime.parse("2031-03-14T16:30:00+07:00"));
        assertThat(internalNotes(number)).containsExactly(
                "Batas waktu tindak lanjut dan jawaban tertulis (14 Maret 2031 16:30 WIB) terlewati.");

        ClockUtil.setCurrentTime(overdue.getDuedate());
        management.executeJob(overdue.getId());
        assertThat(alertsAbout(number)).contains("camat@kecamatan.example.go.id Terlambat: "
                + "Tindak lanjut dan jawaban tertulis " + number).hasSize(3);
        assertThat(instance).isWaitingAt(ComplaintIds.TASK_HANDLE);
        // the camat's service-level dashboard lists it among the late steps, named as a complaint
        assertThat(figures.dashboard().breached()).filteredOn(i -> i.registrationNumber().equals(number))
                .extracting(SlaDashboard.OpenItem::serviceName, SlaDashboard.OpenItem::stepName)
                .containsExactly(tuple("Pengaduan", "Tindak lanjut dan jawaban tertulis"));
        // recorded once, however often escalated
        assertThat(internalNotes(number)).hasSize(1);

        at("2031-03-18T09:00:00+07:00");
        complete(number, Map.of(ComplaintIds.VAR_REPLY, "Sudah diperbaiki."));
        row = complaints.row(number);
        assertThat(offset(row.get("breached_at"))).isEqualTo(OffsetDateTime.parse("2031-03-14T16:30:00+07:00"));
        assertThat(internalNotes(number)).hasSize(1);
        Job window = timer(number, ComplaintIds.TIMER_REOPEN_WINDOW_OVER);
        ClockUtil.setCurrentTime(window.getDuedate());
        management.executeJob(window.getId());
        assertThat(complaints.row(number)).containsEntry("status", "DITUTUP").containsEntry("closed_on_time", false);
    }

    @Test
    void aVerificationLeftUndoneIsEscalatedAndTheFourteenDayAcknowledgementFloorIsWatched() throws Exception {
        at("2031-03-03T09:00:00+07:00");
        String number = complaints.receive(true);
        ProcessInstance instance = instance(number);
        Job verificationDue = timer(number, ComplaintIds.TASK_VERIFY_SLA_DUE);
        Job floor = timer(number, ComplaintIds.ACKNOWLEDGEMENT_DUE);
        assertThat(time(verificationDue.getDuedate())).isEqualTo(OffsetDateTime.parse("2031-03-06T16:00:00+07:00"));
        assertThat(time(floor.getDuedate())).isEqualTo(OffsetDateTime.parse("2031-03-17T09:00:00+07:00"));

        // the verification's due time passes: the sekcam is told, the breach recorded
        ClockUtil.setCurrentTime(verificationDue.getDuedate());
        management.executeJob(verificationDue.getId());
        assertThat(alertsAbout(number)).containsExactly("sekcam@kecamatan.example.go.id Terlambat: "
                + "Verifikasi pengaduan " + number);
        assertThat(offset(complaints.row(number).get("breached_at")))
                .isEqualTo(OffsetDateTime.parse("2031-03-06T16:00:00+07:00"));

        // 14 days after receipt still no written acknowledgement: sekcam and camat, and the breach noted
        ClockUtil.setCurrentTime(floor.getDuedate());
        management.executeJob(floor.getId());
        assertThat(mailsAbout(number).stream().filter(m -> m.contains("Belum dijawab 14 hari")))
                .extracting(m -> m.substring(0, m.indexOf(' ')))
                .containsExactlyInAnyOrder("sekcam@kecamatan.example.go.id", "camat@kecamatan.example.go.id");
        assertThat(internalNotes(number)).containsExactly(
                "Batas waktu verifikasi (6 Maret 2031 16:00 WIB) terlewati.",
                "Belum ada tanda terima tertulis 14 hari setelah pengaduan diterima (batas 17 Maret 2031 09:00 WIB).");
        assertThat(offset(complaints.row(number).get("breached_at")))
                .as("the first breach stays").isEqualTo(OffsetDateTime.parse("2031-03-06T16:00:00+07:00"));
        assertThat(instance).isWaitingAt(ComplaintIds.TASK_VERIFY).hasPassed(ComplaintIds.ACKNOWLEDGEMENT_CHECK);

        // verified at last: acknowledged late, and the complaint will not count as on time
        at("2031-03-17T10:00:00+07:00");
        complete(number, Map.of(ComplaintIds.VAR_DECISION, ComplaintIds.DECISION_FORWARD,
                ComplaintIds.VAR_FORWARDED_TO, "Dinas Perhubungan"));
        assertThat(complaints.row(number)).containsEntry("status", "DITERUSKAN").containsEntry("closed_on_time", false)
                .containsEntry("working_days_to_close", 10);
        assertThat(internalNotes(number)).hasSize(2);
    }

    @Test
    void anAcknowledgementGivenInTimeLeavesTheFloorQuiet() throws Exception {
        at("2031-03-03T09:00:00+07:00");
        String number = complaints.receive(true);
        at("2031-03-03T10:00:00+07:00");
        complete(number, Map.of(ComplaintIds.VAR_DECISION, ComplaintIds.DECISION_INCOMPLETE,
                ComplaintIds.VAR_REQUEST, "Lampirkan foto lokasi."));
        Job floor = timer(number, ComplaintIds.ACKNOWLEDGEMENT_DUE);
        ClockUtil.setCurrentTime(floor.getDuedate());
        management.executeJob(floor.getId());

        assertThat(mailsAbout(number)).noneMatch(m -> m.contains("Belum dijawab"));
        assertThat(internalNotes(number)).isEmpty();
        assertThat(complaints.row(number).get("breached_at")).isNull();
    }

    @Test
    void whatTheOfficerMustGiveIsCheckedOnTheServer() {
        at("2031-03-03T09:00:00+07:00");
        String number = complaints.receive(true);
        assertRefused(number, Map.of(), "Pilih hasil verifikasi");
        assertRefused(number, Map.of(ComplaintIds.VAR_DECISION, ComplaintIds.DECISION_ACCEPT), "Pilih kelas pengaduan");
        assertRefused(number, Map.of(ComplaintIds.VAR_DECISION, ComplaintIds.DECISION_ACCEPT,
                ComplaintIds.VAR_CLASS, "BERAT"), "Pilih kelas pengaduan");
        assertRefused(number, Map.of(ComplaintIds.VAR_DECISION, ComplaintIds.DECISION_INCOMPLETE,
                ComplaintIds.VAR_REQUEST, "  "), "perlu dilengkapi");
        assertRefused(number, Map.of(ComplaintIds.VAR_DECISION, ComplaintIds.DECISION_FORWARD), "instansi yang berwenang");
        assertRefused(number, Map.of(ComplaintIds.VAR_DECISION, ComplaintIds.DECISION_FORWARD,
                ComplaintIds.VAR_FORWARDED_TO, "Dinas", ComplaintIds.VAR_LAPOR_REFERENCE, "<script>"), "SP4N-LAPOR!");
        assertThat(complaints.row(number)).containsEntry("status", "DITERIMA");

        complete(number, Map.of(ComplaintIds.VAR_DECISION, ComplaintIds.DECISION_ACCEPT,
                ComplaintIds.VAR_CLASS, ComplaintClass.RINGAN.name()));
        assertRefused(number, Map.of(), "Tuliskan jawaban tertulis");
        assertRefused(number, Map.of(ComplaintIds.VAR_REPLY, "x".repeat(4001)), "paling banyak 4000");
        assertThat(complaints.row(number)).containsEntry("status", "DITINDAKLANJUTI");
    }

    @Test
    void theFormShowsTheComplaintThroughItsStaffPageOnly() {
        at("2031-03-03T09:00:00+07:00");
        String number = complaints.receive(true);
        Map<String, Object> shown = tasks.getVariablesLocal(task(number).getId());
        assertThat(shown).containsEntry("complaintNumber", number).containsEntry("statusText",
                ComplaintStatus.DITERIMA.label());
        assertThat((String) shown.get("complaintLink")).contains("(/staf/pengaduan/" + number + ")");
        assertThat((String) shown.get("deadlineText")).contains("6 Maret 2031 16:00 WIB", "17 Maret 2031 09:00 WIB");
        assertThat(shown.values()).allSatisfy(v -> assertThat(String.valueOf(v))
                .doesNotContain(ReceivedComplaints.NAME, ReceivedComplaints.EMAIL, "Lampu jalan"));
    }

    // --- helpers

    private void complete(String number, Map<String, Object> variables) {
        Task task = task(number);
        tasks.claim(task.getId(), OFFICER);
        processEngine.getIdentityService().setAuthentication(OFFICER, List.of("pengelola-pengaduan"));
        try {
            tasks.complete(task.getId(), new HashMap<>(variables));
        } finally {
            processEngine.getIdentityService().clearAuthentication();
        }
        Jobs.runDue(processEngine, number);
    }

    private void assertRefused(String number, Map<String, Object> variables, String message) {
        Task task = task(number);
        assertThatThrownBy(() -> tasks.complete(task.getId(), new HashMap<>(variables)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining(message);
        assertThat(task(number).getId()).isEqualTo(task.getId());
    }

    /**
     * Contract: nothing personal in the engine, neither in the running variables nor in its history: only the
     * allowed names, and no value holding the complainant's text, name, phone, e-mail or the officers' texts.
     */
    private void assertNoPersonalDataIn(ProcessInstance instance, String... officersTexts) {
        List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).list();
        Set<String> processScoped = variables.stream().filter(v -> v.getActivityInstanceId().equals(instance.getId())
                || v.getActivityInstanceId().equals(instance.getProcessInstanceId()))
                .map(HistoricVariableInstance::getName).collect(Collectors.toSet());
        assertThat(processScoped).isSubsetOf(ALLOWED_VARIABLES).contains(ComplaintIds.VAR_COMPLAINT_TYPE);
        List<String> forbidden = new java.util.ArrayList<>(List.of(ReceivedComplaints.TEXT, ReceivedComplaints.NAME,
                ReceivedComplaints.PHONE, ReceivedComplaints.EMAIL));
        forbidden.addAll(Arrays.asList(officersTexts));
        List<String> values = variables.stream().map(v -> String.valueOf(v.getValue())).toList();
        List<String> details = history.createHistoricDetailQuery().processInstanceId(instance.getId()).variableUpdates()
                .list().stream().map(d -> String.valueOf(((org.camunda.bpm.engine.history.HistoricVariableUpdate) d)
                        .getValue())).toList();
        for (String text : forbidden) {
            assertThat(values).as("variables").noneMatch(v -> v.contains(text));
            assertThat(details).as("variable history").noneMatch(v -> v.contains(text));
        }
    }

    private ProcessInstance instance(String number) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
    }

    private Task task(String number) {
        return tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
    }

    private Job timer(String number, String activity) {
        return management.createJobQuery().processInstanceId(instance(number).getId()).activityId(activity)
                .singleResult();
    }

    private List<String> statuses(String number) {
        return jdbc.sql("SELECT e.status FROM complaint_event e JOIN complaint c ON c.id = e.complaint_id "
                + "WHERE c.complaint_number = ? ORDER BY e.occurred_at, e.id").param(number).query(String.class).list();
    }

    private List<String> publicStatuses(String number) {
        return jdbc.sql("SELECT e.status FROM complaint_event e JOIN complaint c ON c.id = e.complaint_id "
                + "WHERE c.complaint_number = ? AND e.public_note = TRUE ORDER BY e.occurred_at, e.id").param(number)
                .query(String.class).list();
    }

    private List<String> internalNotes(String number) {
        return jdbc.sql("SELECT e.note FROM complaint_event e JOIN complaint c ON c.id = e.complaint_id "
                + "WHERE c.complaint_number = ? AND e.public_note = FALSE ORDER BY e.occurred_at, e.id").param(number)
                .query(String.class).list();
    }

    private String latestPublicNote(String number) {
        List<String> notes = jdbc.sql("SELECT e.note FROM complaint_event e JOIN complaint c ON c.id = e.complaint_id "
                + "WHERE c.complaint_number = ? AND e.public_note = TRUE ORDER BY e.occurred_at DESC, e.id DESC")
                .param(number).query(String.class).list();
        return notes.get(0);
    }

    /** Mails about the complaint, as "recipient subject body". */
    private List<String> mailsAbout(String number) {
        return Arrays.stream(receivedMails()).filter(m -> Mails.subject(m).contains(number))
                .map(m -> Mails.recipient(m) + " " + Mails.subject(m) + " " + body(m)).toList();
    }

    private List<String> alertsAbout(String number) {
        return Arrays.stream(receivedMails()).filter(m -> Mails.subject(m).endsWith(" " + number))
                .map(m -> Mails.recipient(m) + " " + Mails.subject(m))
                .filter(m -> m.contains("Pengingat:") || m.contains("Terlambat:")).toList();
    }

    private static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent()).replaceAll("\\s+", " ");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void at(String time) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(time).toInstant()));
    }

    private static OffsetDateTime time(Date date) {
        return date.toInstant().atOffset(ZoneOffset.ofHours(7));
    }

    private static OffsetDateTime offset(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t.withOffsetSameInstant(ZoneOffset.ofHours(7));
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.ofHours(7));
        }
        throw new IllegalArgumentException("No time: " + value);
    }
}

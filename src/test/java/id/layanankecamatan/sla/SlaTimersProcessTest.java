package id.layanankecamatan.sla;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Jobs;
import id.layanankecamatan.workflow.ProcessElements.SlaTimer;
import id.layanankecamatan.workflow.ProcessIds;
import id.layanankecamatan.workflow.StaffDecision;
import jakarta.mail.Message;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The boundary timers on staff tasks, moved through by the engine clock: a reminder at 75 % of the step's office
 * time, the sekcam told when it is due, the camat one working day later, and the breach recorded exactly once.
 */
class SlaTimersProcessTest extends IntegrationTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    ServiceCatalog catalog;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    SlaSteps steps;

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void reminderAndEscalationsFireAtWorkingTimesAndTheBreachIsRecordedOnce() throws Exception {
        // Monday 14:30; verification of a Domisili application may take 2 office hours (catalogue: PT2H)
        at("2031-03-03T14:30:00+07:00");
        String number = applications.submit(id.layanankecamatan.support.Samples.submission(catalog.get("domisili")))
                .registrationNumber();
        Jobs.runDue(processEngine, number);
        Task task = task(number, ProcessIds.TASK_VERIFY);

        // 1.5 h left on Monday (the office closes at 16:00), 0.5 h on Tuesday from 07:30
        assertThat(time(task.getDueDate())).isEqualTo(OffsetDateTime.parse("2031-03-04T08:00:00+07:00"));
        Job reminder = timer(task, SlaTimer.REMINDER);
        Job due = timer(task, SlaTimer.DUE);
        Job overdue = timer(task, SlaTimer.OVERDUE);
        assertThat(time(reminder.getDuedate())).isEqualTo(OffsetDateTime.parse("2031-03-03T16:00:00+07:00"));
        assertThat(time(due.getDuedate())).isEqualTo(OffsetDateTime.parse("2031-03-04T08:00:00+07:00"));
        assertThat(time(overdue.getDuedate())).isEqualTo(OffsetDateTime.parse("2031-03-05T16:00:00+07:00"));

        at("2031-03-03T16:00:00+07:00");
        management.executeJob(reminder.getId());
        assertThat(alertsAbout(number)).containsExactly("petugas@kecamatan.example.go.id Pengingat: Verifikasi berkas permohonan " + number);
        assertThat(record(task).breachedAt()).isNull();

        at("2031-03-04T08:00:00+07:00");
        management.executeJob(due.getId());
        assertThat(alertsAbout(number)).hasSize(2).contains("sekcam@kecamatan.example.go.id Terlambat: Verifikasi berkas permohonan " + number);
        OffsetDateTime breach = record(task).breachedAt();
        assertThat(breach).isEqualTo(OffsetDateTime.parse("2031-03-04T08:00:00+07:00"));

        at("2031-03-05T16:00:00+07:00");
        management.executeJob(overdue.getId());
        assertThat(alertsAbout(number)).hasSize(3).contains("camat@kecamatan.example.go.id Terlambat: Verifikasi berkas permohonan " + number);
        // the task is still open and the timers stay non-interrupting
        assertThat(task(number, ProcessIds.TASK_VERIFY)).isNotNull();

        at("2031-03-06T09:00:00+07:00");
        tasks.complete(task.getId(), Map.of(ProcessIds.VAR_DECISION, StaffDecision.ACCEPT));
        SlaStep done = steps.ofApplication(number).get(0);
        assertThat(done.outcome()).isEqualTo("BREACHED");
        assertThat(done.breachedAt()).as("recorded once, at the due time").isEqualTo(breach);
    }

    @Test
    void aStepDoneInTimeCancelsItsTimers() {
        at("2031-03-03T09:00:00+07:00");
        String number = applications.submit(id.layanankecamatan.support.Samples.submission(catalog.get("domisili")))
                .registrationNumber();
        Jobs.runDue(processEngine, number);
        Task task = task(number, ProcessIds.TASK_VERIFY);
        at("2031-03-03T10:00:00+07:00");
        tasks.complete(task.getId(), Map.of(ProcessIds.VAR_DECISION, StaffDecision.ACCEPT));

        assertThat(management.createJobQuery().processInstanceId(task.getProcessInstanceId()).timers().count()).isZero();
        SlaStep done = steps.ofApplication(number).get(0);
        assertThat(done.outcome()).isEqualTo("ON_TIME");
        assertThat(done.breachedAt()).isNull();
    }

    /** Every staff step carries the same three timers; each fires and tells the right people. */
    @ParameterizedTest
    @CsvSource({"sku, " + ProcessIds.TASK_REVIEW, "domisili, " + ProcessIds.TASK_SIGN,
            "legalisasi, " + ProcessIds.TASK_CONFIRM_ORIGINAL, "domisili, " + ProcessIds.TASK_PARAF})
    void everyStaffStepRemindsAndEscalates(String service, String step) throws Exception {
        at("2031-03-10T08:00:00+07:00");
        String number = applications.submit(id.layanankecamatan.support.Samples.submission(catalog.get(service)))
                .registrationNumber();
        Jobs.runDue(processEngine, number);
        Task task = task(number, ProcessIds.TASK_VERIFY);
        while (!task.getTaskDefinitionKey().equals(step)) {
            tasks.complete(task.getId(), Map.of(ProcessIds.VAR_DECISION, nextDecision(task.getTaskDefinitionKey())));
            Jobs.runDue(processEngine, number);
            task = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
        }
        for (SlaTimer timer : SlaTimer.values()) {
            Job job = timer(task, timer);
            ClockUtil.setCurrentTime(job.getDuedate());
            management.executeJob(job.getId());
        }
        List<String> mails = alertsAbout(number);
        String name = task.getName();
        assertThat(mails).anyMatch(m -> m.contains("Pengingat: " + name + " " + number));
        assertThat(mails).anyMatch(m -> m.startsWith("sekcam@") && m.contains("Terlambat: " + name + " " + number));
        assertThat(mails).anyMatch(m -> m.startsWith("camat@") && m.contains("Terlambat: " + name + " " + number));
        assertThat(record(task).breachedAt()).isNotNull();
    }

    private static String nextDecision(String step) {
        return switch (step) {
            case ProcessIds.TASK_VERIFY -> StaffDecision.ACCEPT;
            case ProcessIds.TASK_REVIEW -> StaffDecision.APPROVE;
            case ProcessIds.TASK_CONFIRM_ORIGINAL -> StaffDecision.CONFIRM;
            case ProcessIds.TASK_PARAF -> StaffDecision.PARAF;
            default -> StaffDecision.SIGN;
        };
    }

    private Job timer(Task task, SlaTimer which) {
        return management.createJobQuery().processInstanceId(task.getProcessInstanceId())
                .activityId(which.on(task.getTaskDefinitionKey())).singleResult();
    }

    private Task task(String number, String step) {
        return tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(step).singleResult();
    }

    private SlaStep record(Task task) {
        String number = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
        return steps.ofApplication(number).stream().filter(s -> s.taskId().equals(task.getId())).findFirst()
                .orElseThrow();
    }

    /** Reminders and escalations about one application, as "recipient subject". */
    private List<String> alertsAbout(String number) {
        return Arrays.stream(receivedMails()).map(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0] + " " + m.getSubject();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).filter(m -> m.endsWith(" " + number) && (m.contains("Pengingat:") || m.contains("Terlambat:"))).toList();
    }

    private static void at(String time) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(time).toInstant()));
    }

    private static OffsetDateTime time(Date date) {
        return date.toInstant().atOffset(java.time.ZoneOffset.ofHours(7));
    }
}

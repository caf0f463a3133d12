package id.layanankecamatan.sla;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceDefinition;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Jobs;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.workflow.ProcessElements;
import id.layanankecamatan.workflow.ProcessIds;
import id.layanankecamatan.workflow.StaffDecision;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every service process watches the completion time promised to the citizen: when it passes with the clock
 * running, the breach is recorded once and the camat is told; while the clock stands still for a correction, the
 * watch waits instead.
 */
class OverallDeadlineProcessTest extends IntegrationTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    ServiceCatalog catalog;
    @Autowired
    ApplicationDeadlines deadlines;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    static Stream<String> services() {
        return Stream.of("domisili", "domisili-lembaga", "keramaian", "ahli-waris", "pindah", "dispensasi-nikah",
                "legalisasi", "sktm", "sku");
    }

    @ParameterizedTest
    @MethodSource("services")
    void aPassedCompletionTimeIsRecordedOnceAndTheCamatIsTold(String service) {
        at("2037-03-02T08:00:00+07:00");
        // pindah no longer takes applications: the watch must still keep the promise of one made before
        String number = beforeClosing(() -> applications.submit(Samples.submission(catalog.get(service))))
                .registrationNumber();
        Jobs.runDue(processEngine, number);
        OffsetDateTime due = deadlines.find(number).orElseThrow().dueAt();
        Job watch = watch(number, ProcessElements.OVERALL_DEADLINE_REACHED);
        assertThat(watch.getDuedate().toInstant()).isEqualTo(due.toInstant());

        ClockUtil.setCurrentTime(watch.getDuedate());
        management.executeJob(watch.getId());

        assertThat(deadlines.find(number).orElseThrow().breachedAt()).isEqualTo(due);
        assertThat(mailsTo("camat@kecamatan.example.go.id", "Melewati waktu penyelesaian: " + number)).isEqualTo(1);
        ProcessInstance instance = instance(number);
        assertThat(instance.isEnded()).as("the application itself goes on").isFalse();
        assertThat(management.createJobQuery().processInstanceId(instance.getId())
                .activityId(ProcessElements.OVERALL_DEADLINE_WAIT).count()).isZero();
    }

    @Test
    void whileTheCitizenCorrectsTheWatchWaitsAndNothingIsRecorded() {
        at("2037-03-02T08:00:00+07:00");
        ServiceDefinition domisili = catalog.get("domisili");
        String number = applications.submit(Samples.submission(domisili)).registrationNumber();
        Jobs.runDue(processEngine, number);
        at("2037-03-02T09:00:00+07:00");
        tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(ProcessIds.TASK_VERIFY).singleResult().getId(),
                Map.of(ProcessIds.VAR_DECISION, StaffDecision.RETURN, ProcessIds.VAR_NOTE,
                        "Pindaian KK tidak terbaca."));
        Jobs.runDue(processEngine, number);

        Job watch = watch(number, ProcessElements.OVERALL_DEADLINE_REACHED);
        at("2037-03-03T16:00:00+07:00");
        management.executeJob(watch.getId());

        assertThat(deadlines.find(number).orElseThrow().breachedAt()).isNull();
        assertThat(mailsTo("camat@kecamatan.example.go.id", "Melewati waktu penyelesaian: " + number)).isZero();
        // looks again one working day later; Tuesday at closing counts from Wednesday's opening (README)
        Job again = watch(number, ProcessElements.OVERALL_DEADLINE_WAIT);
        assertThat(again.getDuedate().toInstant())
                .isEqualTo(OffsetDateTime.parse("2037-03-05T16:00:00+07:00").toInstant());
    }

    private Job watch(String number, String activity) {
        return management.createJobQuery().processInstanceId(instance(number).getId()).activityId(activity)
                .singleResult();
    }

    private ProcessInstance instance(String number) {
        return processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
                .list().stream().filter(i -> i.getProcessDefinitionId().startsWith(
                        catalog.get(serviceOf(number)).processKey() + ":"))
                .findFirst().orElseThrow();
    }

    private String serviceOf(String number) {
        return deadlines.find(number).orElseThrow().serviceCode();
    }

    private long mailsTo(String to, String subject) {
        return Arrays.stream(receivedMails()).filter(m -> {
            try {
                return m.getSubject().equals(subject) && m.getAllRecipients()[0].toString().equals(to);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    private static void at(String time) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(time).toInstant()));
    }
}

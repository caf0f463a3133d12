package id.layanankecamatan.workflow;

import static id.layanankecamatan.workflow.ProcessIds.CALL_VERIFICATION;
import static id.layanankecamatan.workflow.ProcessIds.TASK_VERIFY;
import static id.layanankecamatan.workflow.ProcessIds.VERIFICATION;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.support.Http;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationEvent;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ApplicationView;
import id.layanankecamatan.application.CitizenTracking;
import id.layanankecamatan.application.Timeliness;
import id.layanankecamatan.application.UploadedFile;
import java.util.List;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.Receipt;
import id.layanankecamatan.application.Submission;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.support.Parafs;
import java.time.OffsetDateTime;
import java.util.Date;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Due dates of tasks and the promised completion time, from the catalogue through the seeded holiday table, and
 * what the citizen sees of them.
 */
class ServiceDeadlinesTest extends IntegrationTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationRepository repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ObjectMapper json;
    @Autowired
    CitizenTracking tracking;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void deadlinesOfAnApplicationSubmittedJustBeforeLebaranSkipTheWholeHolidayWeek() {
        // given a Domisili application on Tuesday 17 March 2026 at 15:00; 18-24 March are Nyepi, Idulfitri
        // and cuti bersama (SKB No. 1497/2025, 2/2025, 5/2025)
        ProcessInstance verification = submitAt("2026-03-17T15:00");

        // then the officer's two office hours are one hour on Tuesday and one on Wednesday 25 March
        assertThat(verification).isWaitingAt(TASK_VERIFY).task().hasDueDate(jakarta("2026-03-25T08:30"));
        // and the promised working day ends on Wednesday 25 March at closing
        Assertions.assertThat(dueAt()).isEqualTo(OffsetDateTime.parse("2026-03-25T16:00:00+07:00"));
    }

    @Test
    void anApplicationSentOnASaturdayIsCountedFromMondayMorning() {
        ProcessInstance verification = submitAt("2026-11-28T21:00");

        assertThat(verification).task().hasDueDate(jakarta("2026-11-30T09:30"));
        // Monday is the day it arrives at the office, so one working day ends on Tuesday
        Assertions.assertThat(dueAt()).isEqualTo(OffsetDateTime.parse("2026-12-01T16:00:00+07:00"));
    }

    @Test
    void theCitizenSeesThePromisedTimeInWibAndWhetherTheOfficeKeepsIt() throws Exception {
        // given an application on Friday 27 November 2026 at 10:00: one working day ends Monday at 16:00
        ProcessInstance verification = submitAt("2026-11-27T10:00");
        Http http = new Http(baseUrl());

        // then the API and the tracking page show the promise, kept so far
        JsonNode view = json.readTree(http.get("/api/v1/applications/" + registrationNumber,
                h -> h.set("X-Tracking-Code", trackingCode)).getBody());
        Assertions.assertThat(OffsetDateTime.parse(view.get("promisedCompletion").asText()))
                .isEqualTo(OffsetDateTime.parse("2026-11-30T16:00:00+07:00"));
        Assertions.assertThat(view.get("timeliness").asText()).isEqualTo("ON_TIME");
        Assertions.assertThat(view.get("timelinessLabel").asText()).isEqualTo("Sesuai janji waktu layanan");
        Assertions.assertThat(trackingPage(http)).contains("Janji selesai", "Senin, 30 November 2026 16:00 WIB",
                "Sesuai janji waktu layanan");

        // when Monday's closing time passes with the application still open
        ClockUtil.setCurrentTime(jakarta("2026-11-30T16:01"));
        Assertions.assertThat(trackingPage(http)).contains("Melewati janji waktu layanan");

        // and it is verified and signed the next morning, it is finished late
        ClockUtil.setCurrentTime(jakarta("2026-12-01T09:00"));
        complete(task(verification), withVariables(ProcessIds.VAR_DECISION, StaffDecision.ACCEPT));
        Parafs.giveAll(processEngine, registrationNumber);
        ProcessInstance signing = calledProcessInstance(ProcessIds.SIGNING,
                runtime.createProcessInstanceQuery().processInstanceBusinessKey(registrationNumber)
                        .processDefinitionKey("domisili").singleResult());
        complete(task(signing), withVariables(ProcessIds.VAR_DECISION, StaffDecision.SIGN));
        Assertions.assertThat(json.readTree(http.get("/api/v1/applications/" + registrationNumber,
                h -> h.set("X-Tracking-Code", trackingCode)).getBody()).get("timeliness").asText())
                .isEqualTo("COMPLETED_LATE");
    }

    @Autowired
    id.layanankecamatan.sla.ApplicationDeadlines slaRecords;

    @Test
    void theClockStandsStillWhileTheOfficeWaitsForTheCitizensCorrection() {
        // given an application on Friday 27 November 2026 at 10:00, promised for Monday 16:00
        ProcessInstance verification = submitAt("2026-11-27T10:00");

        // when the officer returns it at 11:00
        ClockUtil.setCurrentTime(jakarta("2026-11-27T11:00"));
        complete(task(verification), withVariables(ProcessIds.VAR_DECISION, StaffDecision.RETURN, ProcessIds.VAR_NOTE,
                "Pengantar RT/RW tidak terbaca."));
        execute(job(ProcessIds.TASK_NOTIFY_RETURNED, verification));
        Application returned = repository.findByRegistrationNumber(registrationNumber).orElseThrow();
        Assertions.assertThat(tracking.view(returned).timeliness()).isEqualTo(Timeliness.PAUSED);

        // and the citizen corrects it on Monday at 09:00
        ClockUtil.setCurrentTime(jakarta("2026-11-30T09:00"));
        applications.correct(returned, null,
                List.of(new UploadedFile("pengantar_rt_rw", "pengantar-baru.pdf", Samples.pdf("baru"))));

        // then the promise moves by the office time that passed: Friday 11:00-16:30 without the break 11:30-13:00,
        // and Monday 07:30-09:00; from Monday's closing that is Tuesday 07:30-12:00 and 13:00-14:00
        Application corrected = repository.findByRegistrationNumber(registrationNumber).orElseThrow();
        Assertions.assertThat(corrected.dueAt()).isEqualTo(OffsetDateTime.parse("2026-12-01T14:00:00+07:00"));
        Assertions.assertThat(corrected.clockPausedAt()).isNull();
        ApplicationView view = tracking.view(corrected);
        Assertions.assertThat(view.timeliness()).isEqualTo(Timeliness.ON_TIME);
        Assertions.assertThat(view.history()).last().extracting(ApplicationEvent::note).asString()
                .contains("berhenti selama 5 jam 30 menit kerja");
        // and the service record keeps the paused office time, which completion times leave out
        Assertions.assertThat(slaRecords.find(registrationNumber).orElseThrow().pausedMinutes()).isEqualTo(5 * 60 + 30);
        assertThat(verification).isWaitingAt(TASK_VERIFY);
    }

    private String trackingPage(Http http) throws Exception {
        return new id.layanankecamatan.support.Browserless(baseUrl()).trackingPage(registrationNumber, trackingCode);
    }

    private String registrationNumber;
    private String trackingCode;

    private ProcessInstance submitAt(String jakartaLocal) {
        ClockUtil.setCurrentTime(jakarta(jakartaLocal));
        Receipt receipt = applications.submit(new Submission("domisili", Samples.applicant(), Samples.domisiliDetails(), Samples.domisiliScans(),
                null, Submission.CHANNEL_ONLINE));
        registrationNumber = receipt.registrationNumber();
        trackingCode = receipt.trackingCode();
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(registrationNumber)
                .singleResult();
        assertThat(instance).isWaitingAt(ProcessIds.TASK_NOTIFY_RECEIVED);
        execute(job(ProcessIds.TASK_NOTIFY_RECEIVED));
        assertThat(instance).isWaitingAt(CALL_VERIFICATION);
        return calledProcessInstance(VERIFICATION, instance);
    }

    private OffsetDateTime dueAt() {
        return repository.findByRegistrationNumber(registrationNumber).orElseThrow().dueAt();
    }

    private static Date jakarta(String localTime) {
        return Date.from(OffsetDateTime.parse(localTime + ":00+07:00").toInstant());
    }
}

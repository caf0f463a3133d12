package id.layanankecamatan.workflow;

import static id.layanankecamatan.workflow.DomisiliProcess.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.ApplicationStatus;
import id.layanankecamatan.application.Receipt;
import id.layanankecamatan.application.Submission;
import id.layanankecamatan.application.UploadedFile;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Samples;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path through processes/domisili.bpmn, with the real delegates, on PostgreSQL. */
class DomisiliProcessTest extends IntegrationTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationRepository repository;
    @Autowired
    RuntimeService runtime;

    private String registrationNumber;
    private ProcessInstance instance;

    @BeforeEach
    void submitApplication() {
        // given an application submitted on Friday 27 November 2026, 10:00 in Jakarta
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-11-27T10:00:00+07:00").toInstant()));
        Receipt receipt = applications.submit(new Submission("domisili", Samples.applicant(), Samples.domisiliScans(),
                null, Submission.CHANNEL_ONLINE));
        registrationNumber = receipt.registrationNumber();
        instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(registrationNumber).singleResult();
        assertThat(instance).isWaitingAt(TASK_NOTIFY_RECEIVED);
        execute(job());
        assertThat(instance).isWaitingAt(TASK_VERIFY).task().hasCandidateGroup("front-office");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void acceptedAndSignedApplicationEndsWithAnIssuedLetter() {
        // when the officer accepts and the camat signs
        complete(task(), withVariables(VAR_DECISION, "accept"));
        assertThat(instance).isWaitingAt(TASK_SIGN).task().hasCandidateGroup("camat");
        Assertions.assertThat(status()).isEqualTo(ApplicationStatus.VERIFIED);
        complete(task(), withVariables(VAR_DECISION, "sign"));
        assertThat(instance).isWaitingAt(TASK_NOTIFY_ISSUED);
        execute(job());

        // then the letter is issued and the citizen notified
        assertThat(instance).isEnded().hasPassedInOrder(TASK_NOTIFY_RECEIVED, TASK_VERIFY, TASK_SIGN,
                TASK_ISSUE_LETTER, TASK_NOTIFY_ISSUED, END_ISSUED);
        Assertions.assertThat(status()).isEqualTo(ApplicationStatus.ISSUED);
    }

    @Test
    void returnedApplicationIsVerifiedAgainAfterTheCitizensCorrection() {
        // when the officer returns it with a note
        complete(task(), withVariables(VAR_DECISION, "return", VAR_NOTE, "Pengantar RT/RW tidak terbaca."));
        execute(job());
        assertThat(instance).isWaitingAt(TASK_AWAIT_CORRECTION)
                .variables().containsEntry("correctionDue",
                        Date.from(OffsetDateTime.parse("2026-12-11T16:00:00+07:00").toInstant()));
        Assertions.assertThat(status()).isEqualTo(ApplicationStatus.RETURNED);

        // and the citizen uploads a readable scan
        Application application = repository.findByRegistrationNumber(registrationNumber).orElseThrow();
        applications.correct(application, null,
                List.of(new UploadedFile("pengantar_rt_rw", "pengantar-baru.pdf", Samples.pdf("baru"))));

        // then verification starts again, with a fresh decision field, and can go on to the letter
        assertThat(instance).isWaitingAt(TASK_VERIFY).variables().doesNotContainKey(VAR_DECISION);
        Assertions.assertThat(status()).isEqualTo(ApplicationStatus.SUBMITTED);
        complete(task(), withVariables(VAR_DECISION, "accept"));
        complete(task(), withVariables(VAR_DECISION, "sign"));
        execute(job());
        assertThat(instance).isEnded().hasPassedInOrder(TASK_VERIFY, TASK_NOTIFY_RETURNED, TASK_AWAIT_CORRECTION,
                TASK_VERIFY, TASK_SIGN, TASK_ISSUE_LETTER, END_ISSUED);
    }

    @Test
    void returnedApplicationWithoutCorrectionIsClosedAtTheDeadline() {
        complete(task(), withVariables(VAR_DECISION, "return", VAR_NOTE, "KK tidak sesuai dengan KTP."));
        execute(job());
        assertThat(instance).isWaitingAt(TASK_AWAIT_CORRECTION);
        Assertions.assertThat(job(TIMER_CORRECTION_OVERDUE).getDuedate())
                .isEqualTo(Date.from(OffsetDateTime.parse("2026-12-11T16:00:00+07:00").toInstant()));

        // when the deadline passes with no correction
        execute(job(TIMER_CORRECTION_OVERDUE));
        assertThat(instance).isWaitingAt(TASK_NOTIFY_CLOSED);
        execute(job());

        // then the application is closed
        assertThat(instance).isEnded().hasPassedInOrder(TASK_AWAIT_CORRECTION, TASK_CLOSE, TASK_NOTIFY_CLOSED, END_CLOSED)
                .hasNotPassed(TASK_SIGN);
        Assertions.assertThat(status()).isEqualTo(ApplicationStatus.CLOSED);
    }

    @Test
    void applicationRejectedAtVerificationEnds() {
        complete(task(), withVariables(VAR_DECISION, "reject", VAR_NOTE, "Alamat di luar wilayah kecamatan."));
        execute(job());
        assertThat(instance).isEnded().hasPassedInOrder(TASK_VERIFY, TASK_NOTIFY_REJECTED, END_REJECTED)
                .hasNotPassed(TASK_SIGN);
        Assertions.assertThat(status()).isEqualTo(ApplicationStatus.REJECTED);
    }

    @Test
    void applicationRejectedAtSigningEndsWithoutALetter() {
        complete(task(), withVariables(VAR_DECISION, "accept"));
        complete(task(), withVariables(VAR_DECISION, "reject", VAR_NOTE, "Keperluan tidak memerlukan surat ini."));
        execute(job());
        assertThat(instance).isEnded().hasPassedInOrder(TASK_SIGN, TASK_NOTIFY_REJECTED_AT_SIGNING,
                END_REJECTED_AT_SIGNING).hasNotPassed(TASK_ISSUE_LETTER);
        Assertions.assertThat(status()).isEqualTo(ApplicationStatus.REJECTED);
    }

    @Test
    void returningOrRejectingWithoutANoteIsRefusedAndTheTaskStays() {
        assertThatThrownBy(() -> complete(task(), withVariables(VAR_DECISION, "return")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Catatan untuk pemohon wajib diisi");
        assertThatThrownBy(() -> complete(task(), withVariables(VAR_DECISION, "reject", VAR_NOTE, "  ")))
                .isInstanceOf(ProcessEngineException.class);
        assertThatThrownBy(() -> complete(task(), withVariables(VAR_DECISION, "sign")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Pilih keputusan");
        assertThat(instance).isWaitingAt(TASK_VERIFY);
        Assertions.assertThat(status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    private ApplicationStatus status() {
        return repository.findByRegistrationNumber(registrationNumber).orElseThrow().status();
    }
}

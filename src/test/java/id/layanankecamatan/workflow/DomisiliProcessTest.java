package id.layanankecamatan.workflow;

import static id.layanankecamatan.workflow.ProcessIds.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
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
import id.layanankecamatan.document.Letter;
import id.layanankecamatan.document.LetterRepository;
import id.layanankecamatan.support.Parafs;
import id.layanankecamatan.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import id.layanankecamatan.support.Samples;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path through processes/domisili.bpmn and the shared steps it calls (verification.bpmn, signing.bpmn),
 * with the real delegates, on PostgreSQL.
 */
class DomisiliProcessTest extends IntegrationTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationRepository repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    LetterRepository letters;

    private String registrationNumber;
    private ProcessInstance instance;
    private ProcessInstance verification;

    @BeforeEach
    void submitApplication() {
        // given an application submitted on Friday 27 November 2026, 10:00 in Jakarta
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-11-27T10:00:00+07:00").toInstant()));
        Receipt receipt = applications.submit(new Submission("domisili", Samples.applicant(), Samples.domisiliDetails(), Samples.domisiliScans(),
                null, Submission.CHANNEL_ONLINE));
        registrationNumber = receipt.registrationNumber();
        instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(registrationNumber).singleResult();
        assertThat(instance).isWaitingAt(TASK_NOTIFY_RECEIVED);
        execute(job(TASK_NOTIFY_RECEIVED));
        assertThat(instance).isWaitingAt(CALL_VERIFICATION);
        verification = calledProcessInstance(VERIFICATION, instance);
        assertThat(verification).isWaitingAt(TASK_VERIFY).task().hasCandidateGroup("front-office")
                // the catalogue allows the front office two office hours: 10:00-11:30, then after Friday's break
                // (11:30-13:00) 13:00-13:30
                .hasDueDate(jakarta("2026-11-27T13:30"));
        // and promises the letter within one working day: Monday when the office closes
        Assertions.assertThat(repository.findByRegistrationNumber(registrationNumber).orElseThrow().dueAt())
                .isEqualTo(OffsetDateTime.parse("2026-11-30T16:00:00+07:00"));
    }

    private static Date jakarta(String localTime) {
        return Date.from(OffsetDateTime.parse(localTime + ":00+07:00").toInstant());
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void acceptedAndSignedApplicationEndsWithAnIssuedLetter() {
        // when the officer accepts
        complete(task(verification), withVariables(VAR_DECISION, StaffDecision.ACCEPT));
        assertThat(verification).isEnded().hasPassed(END_VERIFICATION_ACCEPTED);
        Assertions.assertThat(status()).isEqualTo(ApplicationStatus.VERIFIED);

        // the draft is initialled by the kepala seksi pemerintahan, then the sekcam (tata naskah dinas)
        ProcessInstance signing = calledProcessInstance(SIGNING, instance);
        assertThat(signing).isWaitingAt(CALL_PARAF);
        Assertions.assertThat(Parafs.giveAll(processEngine, registrationNumber)).containsExactly("kasipem", "sekcam");

        // and the camat signs: four office hours from Friday 10:00, 90 minutes before the break, 150 after it
        assertThat(signing).isWaitingAt(TASK_SIGN).task().hasCandidateGroup("camat").hasDueDate(jakarta("2026-11-27T15:30"));
        complete(task(signing), withVariables(VAR_DECISION, StaffDecision.SIGN));
        assertThat(signing).isWaitingAt(TASK_NOTIFY_ISSUED);
        execute(job(signing));

        // then the letter is issued and the citizen notified
        assertThat(signing).isEnded().hasPassedInOrder(CALL_PARAF, TASK_SIGN, TASK_ISSUE_LETTER, TASK_NOTIFY_ISSUED,
                END_ISSUED);
        assertThat(instance).isEnded().hasPassedInOrder(TASK_NOTIFY_RECEIVED, CALL_VERIFICATION, CALL_SIGNING, END_ISSUED);
        Assertions.assertThat(status()).isEqualTo(ApplicationStatus.ISSUED);
    }

    @Test
    void theSekcamMaySignOnBehalfOfTheCamatAndTheLetterSaysSo() throws Exception {
        complete(task(verification), withVariables(VAR_DECISION, StaffDecision.ACCEPT));
        Parafs.giveAll(processEngine, instance.getBusinessKey());
        ProcessInstance signing = calledProcessInstance(SIGNING, instance);
        assertThat(signing).task().hasCandidateGroup("camat").hasCandidateGroup("sekcam");

        // when the sekcam claims and signs
        processEngine.getTaskService().claim(task(signing).getId(), "sekcam");
        complete(task(signing), withVariables(VAR_DECISION, StaffDecision.SIGN));

        // then the letter is signed "a.n. Camat" with the deputy's name and NIP
        Letter letter = letters.findByApplicationId(
                repository.findByRegistrationNumber(registrationNumber).orElseThrow().id()).orElseThrow();
        Assertions.assertThat(letter.signerName()).isEqualTo("Nama Sekretaris Camat, S.Sos");
        Assertions.assertThat(letter.signedByUser()).isEqualTo("sekcam");
        try (PDDocument pdf = Loader.loadPDF(letter.pdf())) {
            // compared with line breaks as spaces: the renderer wraps long lines
            Assertions.assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains(
                    "a.n. CAMAT PADANGSIDIMPUAN BATUNADUA SEKRETARIS, Nama Sekretaris Camat, S.Sos",
                    "NIP 19850202 201001 2 002",
                    "Sekretaris Kecamatan Padangsidimpuan Batunadua, atas nama Camat Padangsidimpuan Batunadua");
        }
    }

    @Test
    void returnedApplicationIsVerifiedAgainAfterTheCitizensCorrection() {
        // when the officer returns it with a note
        complete(task(verification), withVariables(VAR_DECISION, StaffDecision.RETURN, VAR_NOTE,
                "Pengantar RT/RW tidak terbaca."));
        execute(job(TASK_NOTIFY_RETURNED, verification));
        assertThat(verification).isWaitingAt(TASK_AWAIT_CORRECTION)
                .variables().containsEntry(VAR_CORRECTION_DUE,
                        Date.from(OffsetDateTime.parse("2026-12-11T16:30:00+07:00").toInstant()));
        Assertions.assertThat(status()).isEqualTo(ApplicationStatus.RETURNED);

        // and the citizen uploads a readable scan
        Application application = repository.findByRegistrationNumber(registrationNumber).orElseThrow();
        applications.correct(application, null,
                List.of(new UploadedFile("pengantar_rt_rw", "pengantar-baru.pdf", Samples.pdf("baru"))));

        // then verification starts again, with a fresh decision field, and can go on to the letter
        assertThat(verification).isWaitingAt(TASK_VERIFY).variables().doesNotContainKey(VAR_DECISION);
        Assertions.assertThat(status()).isEqualTo(ApplicationStatus.SUBMITTED);
        complete(task(verification), withVariables(VAR_DECISION, StaffDecision.ACCEPT));
        // the wait began with the return; the notice went out beside it
        assertThat(verification).isEnded().hasPassedInOrder(TASK_VERIFY, TASK_AWAIT_CORRECTION, TASK_VERIFY,
                END_VERIFICATION_ACCEPTED).hasPassedInOrder(TASK_NOTIFY_RETURNED, END_RETURNED_NOTIFIED);
        Parafs.giveAll(processEngine, instance.getBusinessKey());
        ProcessInstance signing = calledProcessInstance(SIGNING, instance);
        complete(task(signing), withVariables(VAR_DECISION, StaffDecision.SIGN));
        execute(job(signing));
        assertThat(instance).isEnded().hasPassed(END_ISSUED);
    }

    @Test
    void returnedApplicationWithoutCorrectionIsClosedAtTheDeadline() {
        complete(task(verification), withVariables(VAR_DECISION, StaffDecision.RETURN, VAR_NOTE,
                "KK tidak sesuai dengan KTP."));
        execute(job(TASK_NOTIFY_RETURNED, verification));
        assertThat(verification).isWaitingAt(TASK_AWAIT_CORRECTION);
        Job timer = job(TIMER_CORRECTION_OVERDUE, verification);
        Assertions.assertThat(timer.getDuedate())
                .isEqualTo(Date.from(OffsetDateTime.parse("2026-12-11T16:30:00+07:00").toInstant()));

        // when the deadline passes with no correction
        execute(timer);
        assertThat(verification).isWaitingAt(TASK_NOTIFY_CLOSED);
        execute(job(verification));

        // then the application is closed
        assertThat(verification).isEnded().hasPassedInOrder(TASK_AWAIT_CORRECTION, TASK_CLOSE, TASK_NOTIFY_CLOSED,
                END_VERIFICATION_CLOSED);
        assertThat(instance).isEnded().hasPassedInOrder(CALL_VERIFICATION, ERROR_VERIFICATION_CLOSED, END_CLOSED)
                .hasNotPassed(CALL_SIGNING);
        Assertions.assertThat(status()).isEqualTo(ApplicationStatus.CLOSED);
    }

    @Test
    void applicationRejectedAtVerificationEnds() {
        complete(task(verification), withVariables(VAR_DECISION, StaffDecision.REJECT, VAR_NOTE,
                "Alamat di luar wilayah kecamatan."));
        execute(job(verification));
        assertThat(verification).isEnded().hasPassedInOrder(TASK_VERIFY, TASK_NOTIFY_REJECTED, END_VERIFICATION_REJECTED);
        assertThat(instance).isEnded().hasPassedInOrder(CALL_VERIFICATION, ERROR_VERIFICATION_REJECTED, END_REJECTED)
                .hasNotPassed(CALL_SIGNING);
        Assertions.assertThat(status()).isEqualTo(ApplicationStatus.REJECTED);
    }

    @Test
    void applicationRejectedAtSigningEndsWithoutALetter() {
        complete(task(verification), withVariables(VAR_DECISION, StaffDecision.ACCEPT));
        Parafs.giveAll(processEngine, instance.getBusinessKey());
        ProcessInstance signing = calledProcessInstance(SIGNING, instance);
        complete(task(signing), withVariables(VAR_DECISION, StaffDecision.REJECT, VAR_NOTE,
                "Keperluan tidak memerlukan surat ini."));
        execute(job(signing));
        assertThat(signing).isEnded().hasPassedInOrder(TASK_SIGN, TASK_NOTIFY_REJECTED_AT_SIGNING, END_SIGNING_REJECTED)
                .hasNotPassed(TASK_ISSUE_LETTER);
        assertThat(instance).isEnded().hasPassedInOrder(CALL_SIGNING, ERROR_SIGNING_REJECTED, END_REJECTED_AT_SIGNING);
        Assertions.assertThat(status()).isEqualTo(ApplicationStatus.REJECTED);
    }

    @Test
    void returningOrRejectingWithoutANoteIsRefusedAndTheTaskStays() {
        assertThatThrownBy(() -> complete(task(verification), withVariables(VAR_DECISION, StaffDecision.RETURN)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Catatan untuk pemohon wajib diisi");
        assertThatThrownBy(() -> complete(task(verification), withVariables(VAR_DECISION, StaffDecision.REJECT,
                VAR_NOTE, "  ")))
                .isInstanceOf(ProcessEngineException.class);
        assertThatThrownBy(() -> complete(task(verification), withVariables(VAR_DECISION, StaffDecision.SIGN)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Pilih keputusan");
        assertThat(verification).isWaitingAt(TASK_VERIFY);
        Assertions.assertThat(status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    private ApplicationStatus status() {
        return repository.findByRegistrationNumber(registrationNumber).orElseThrow().status();
    }
}

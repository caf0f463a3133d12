package id.layanankecamatan.workflow;

import static id.layanankecamatan.workflow.ProcessIds.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.ApplicationStatus;
import id.layanankecamatan.application.Submission;
import id.layanankecamatan.application.UploadedFile;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Parafs;
import id.layanankecamatan.support.Samples;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Legalisasi: after verification the officer sees the original at the counter before anyone signs. */
class LegalisasiProcessTest extends IntegrationTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationRepository repository;
    @Autowired
    RuntimeService runtime;

    private String number;
    private ProcessInstance instance;

    @BeforeEach
    void verifiedApplication() throws Exception {
        number = applications.submit(new Submission("legalisasi", Samples.applicant(), new ObjectMapper().readTree("""
                {"documentType": "surat keterangan desa/kelurahan", "documentNumber": "145/27/BJ/2026",
                 "documentDate": "2026-11-02", "issuer": "Kepala Desa Batunadua Julu"}"""),
                List.of(new UploadedFile("salinan", "salinan.pdf", Samples.scannedPdf(1)),
                        new UploadedFile("ktp", "ktp.jpg", Samples.jpeg())), null, Submission.CHANNEL_ONLINE))
                .registrationNumber();
        instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
        assertThat(instance).isWaitingAt(TASK_NOTIFY_RECEIVED);
        execute(job(TASK_NOTIFY_RECEIVED));
        ProcessInstance verification = calledProcessInstance(VERIFICATION, instance);
        complete(task(verification), withVariables(VAR_DECISION, StaffDecision.ACCEPT));
        assertThat(instance).isWaitingAt(TASK_CONFIRM_ORIGINAL).task().hasCandidateGroup("front-office");
    }

    @Test
    void originalSeenThenSignedAndIssued() {
        complete(task(instance), withVariables(VAR_DECISION, StaffDecision.CONFIRM));
        Parafs.giveAll(processEngine, instance.getBusinessKey());
        ProcessInstance signing = calledProcessInstance(SIGNING, instance);
        complete(task(signing), withVariables(VAR_DECISION, StaffDecision.SIGN));
        execute(job(signing));
        assertThat(instance).isEnded().hasPassedInOrder(CALL_VERIFICATION, TASK_CONFIRM_ORIGINAL, CALL_SIGNING, END_ISSUED);
        Assertions.assertThat(repository.findByRegistrationNumber(number).orElseThrow().status())
                .isEqualTo(ApplicationStatus.ISSUED);
        Assertions.assertThat(repository.events(repository.findByRegistrationNumber(number).orElseThrow().id()))
                .anySatisfy(e -> Assertions.assertThat(e.note()).isEqualTo("Dokumen asli telah diperiksa petugas."));
    }

    @Test
    void aCopyThatDiffersFromTheOriginalIsRejectedBeforeSigning() {
        complete(task(instance), withVariables(VAR_DECISION, StaffDecision.REJECT, VAR_NOTE,
                "Cap pada salinan berbeda dengan aslinya."));
        execute(job(ProcessElements.TASK_NOTIFY_REJECTED_ORIGINAL, instance));
        assertThat(instance).isEnded().hasPassedInOrder(TASK_CONFIRM_ORIGINAL, END_REJECTED_ORIGINAL).hasNotPassed(CALL_SIGNING);
        Assertions.assertThat(repository.findByRegistrationNumber(number).orElseThrow().status())
                .isEqualTo(ApplicationStatus.REJECTED);
    }
}

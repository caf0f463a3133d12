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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Services with a section head's review: SKTM (field check only for a family not in DTSEN) and Surat Keterangan Usaha. */
class ReviewServicesProcessTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationRepository repository;
    @Autowired
    RuntimeService runtime;

    @Test
    void sktmOfAFamilyInDtsenGoesStraightToSigning() throws Exception {
        // the field keeps its old code, which the diagram's gateway asks for; it holds the DTSEN desil now
        ProcessInstance instance = verified("sktm", "{\"dtsenDesil\":\"3\",\"monthlyIncome\":\"900000\",\"dependents\":\"4\"}",
                "pengantar_desa", "ktp", "kk", "pernyataan");
        assertThat(instance).isWaitingAt(CALL_SIGNING).hasNotPassed(CALL_REVIEW);
        signAndIssue(instance);
        assertThat(instance).isEnded().hasPassed(END_ISSUED).hasNotPassed(CALL_REVIEW);
    }

    @Test
    void sktmOfAFamilyNotInDtsenIsCheckedInTheFieldByTheKasiKesos() throws Exception {
        ProcessInstance instance = verified("sktm", "{\"monthlyIncome\":\"900000\",\"dependents\":\"4\"}",
                "pengantar_desa", "ktp", "kk", "pernyataan");
        assertThat(instance).isWaitingAt(CALL_REVIEW);
        ProcessInstance review = calledProcessInstance(REVIEW, instance);
        assertThat(review).isWaitingAt(TASK_REVIEW).task().hasCandidateGroup("kasi-kesos");
        complete(task(review), withVariables(VAR_DECISION, StaffDecision.APPROVE, VAR_NOTE,
                "Cek lapangan: rumah semi permanen."));
        assertThat(review).isEnded().hasPassed(END_REVIEW_APPROVED);
        signAndIssue(instance);
        assertThat(instance).isEnded().hasPassedInOrder(CALL_VERIFICATION, CALL_REVIEW, CALL_SIGNING, END_ISSUED);
    }

    @Test
    void skuRejectedByTheKasiEkbangEndsWithoutALetter() throws Exception {
        ProcessInstance instance = verified("sku", """
                {"businessName":"Warung Berkah","businessType":"warung kelontong","businessAddress":"Jl. Merdeka No. 7",
                 "capital":"15000000","since":"2021-03-01"}""", "pengantar_desa", "ktp", "foto_usaha");
        ProcessInstance review = calledProcessInstance(REVIEW, instance);
        assertThat(review).task().hasCandidateGroup("kasi-ekbang");
        complete(task(review), withVariables(VAR_DECISION, StaffDecision.REJECT, VAR_NOTE,
                "Survei: usaha tidak ditemukan di alamat."));
        execute(job(review));
        assertThat(review).isEnded().hasPassed(TASK_NOTIFY_REJECTED_AT_REVIEW);
        assertThat(instance).isEnded().hasPassedInOrder(CALL_REVIEW, ERROR_REVIEW_REJECTED, END_REJECTED_AT_REVIEW)
                .hasNotPassed(CALL_SIGNING);
        Assertions.assertThat(repository.findByRegistrationNumber(instance.getBusinessKey()).orElseThrow().status())
                .isEqualTo(ApplicationStatus.REJECTED);
    }

    /** Submits with one PDF per requirement and lets the front office accept it. */
    private ProcessInstance verified(String service, String details, String... requirements) throws Exception {
        List<UploadedFile> files = java.util.Arrays.stream(requirements)
                .map(code -> new UploadedFile(code, code + ".pdf", Samples.pdf(code))).toList();
        String number = applications.submit(new Submission(service, Samples.applicant(), JSON.readTree(details), files,
                null, Submission.CHANNEL_ONLINE)).registrationNumber();
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
        assertThat(instance).isWaitingAt(TASK_NOTIFY_RECEIVED);
        execute(job(TASK_NOTIFY_RECEIVED));
        complete(task(calledProcessInstance(VERIFICATION, instance)), withVariables(VAR_DECISION, StaffDecision.ACCEPT));
        return instance;
    }

    private void signAndIssue(ProcessInstance instance) {
        Parafs.giveAll(processEngine, instance.getBusinessKey());
        ProcessInstance signing = calledProcessInstance(SIGNING, instance);
        complete(task(signing), withVariables(VAR_DECISION, StaffDecision.SIGN));
        execute(job(signing));
    }
}

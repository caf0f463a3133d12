package id.layanankecamatan.workflow;

import static id.layanankecamatan.workflow.ProcessIds.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import id.layanankecamatan.application.ApplicationEvent;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.ApplicationStatus;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Mails;
import id.layanankecamatan.support.Samples;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The paraf of tata naskah dinas (processes/shared/paraf.bpmn, called by signing.bpmn once per paraf step of the
 * catalogue): for a Domisili letter the kepala seksi pemerintahan, then the sekcam, initial the draft before the
 * camat signs; either may refuse, with a reason, and the application ends rejected.
 */
class ParafProcessTest extends IntegrationTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationRepository repository;
    @Autowired
    ServiceCatalog catalog;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    private String number;
    private ProcessInstance instance;
    private ProcessInstance signing;

    @BeforeEach
    void verifiedDomisiliApplication() {
        number = applications.submit(Samples.submission(catalog.get("domisili"))).registrationNumber();
        instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
        execute(job(TASK_NOTIFY_RECEIVED, instance));
        complete(task(TASK_VERIFY), withVariables(VAR_DECISION, "accept"));
        signing = calledProcessInstance(SIGNING, instance);
    }

    @Test
    void theKasiThenTheSekcamInitialTheDraftBeforeTheCamatSigns() {
        assertThat(signing).isWaitingAt(CALL_PARAF);
        Task kasi = task(TASK_PARAF);
        assertThat(kasi).hasCandidateGroup("kasi-pemerintahan").hasName("Paraf konsep surat");
        Assertions.assertThat(tasks.createTaskQuery().taskId(kasi.getId()).initializeFormKeys().singleResult()
                .getCamundaFormRef().getKey()).isEqualTo("paraf-letter");
        complete(kasi, withVariables(VAR_DECISION, "paraf"));

        Task sekcam = task(TASK_PARAF);
        assertThat(sekcam).hasCandidateGroup("sekcam");
        complete(sekcam, withVariables(VAR_DECISION, "paraf", VAR_NOTE, "Sesuai."));

        assertThat(signing).isWaitingAt(TASK_SIGN).hasPassed(CALL_PARAF);
        Assertions.assertThat(task(TASK_SIGN)).isNotNull();
        Assertions.assertThat(repository.events(repository.findByRegistrationNumber(number).orElseThrow().id()))
                .extracting(ApplicationEvent::note)
                .containsSubsequence("Konsep surat diparaf.", "Konsep surat diparaf. Sesuai.");
        Assertions.assertThat(status()).isEqualTo(ApplicationStatus.VERIFIED);
    }

    @Test
    void aRefusedParafEndsTheApplicationRejectedWithTheReasonForTheCitizen() throws Exception {
        complete(task(TASK_PARAF), withVariables(VAR_DECISION, "reject", VAR_NOTE,
                "Keperluan dalam konsep surat tidak sesuai dengan berkas."));
        ProcessInstance paraf = runtime.createProcessInstanceQuery().processDefinitionKey(PARAF)
                .processInstanceBusinessKey(number).singleResult();
        assertThat(paraf).isWaitingAt(TASK_NOTIFY_REJECTED_AT_PARAF);
        execute(job(TASK_NOTIFY_REJECTED_AT_PARAF, paraf));

        assertThat(paraf).isEnded().hasPassedInOrder(TASK_PARAF, TASK_NOTIFY_REJECTED_AT_PARAF, END_PARAF_REJECTED);
        assertThat(signing).isEnded().hasNotPassed(TASK_SIGN);
        assertThat(instance).isEnded().hasPassedInOrder(CALL_SIGNING, ERROR_SIGNING_REJECTED, END_REJECTED_AT_SIGNING);
        Assertions.assertThat(status()).isEqualTo(ApplicationStatus.REJECTED);
        Assertions.assertThat(Mails.about(receivedMails(), number)).extracting(Mails::subject)
                .contains("Permohonan " + number + " ditolak");
    }

    @Test
    void aParafWithoutADecisionOrARefusalWithoutAReasonIsRefused() {
        Task paraf = task(TASK_PARAF);
        Assertions.assertThatThrownBy(() -> tasks.complete(paraf.getId(), withVariables(VAR_DECISION, "sign")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Pilih keputusan: paraf, reject");
        Assertions.assertThatThrownBy(() -> tasks.complete(paraf.getId(), withVariables(VAR_DECISION, "reject")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Catatan untuk pemohon wajib diisi");
        Assertions.assertThat(task(TASK_PARAF).getId()).isEqualTo(paraf.getId());
    }

    @Test
    void theCatalogueSaysWhoInitialsInWhichOrder() {
        Assertions.assertThat(catalog.get("domisili").parafSteps()).containsExactly("paraf-kasi", "paraf-sekcam");
        // the Kasi Trantib reviews a keramaian instead of initialling it
        Assertions.assertThat(catalog.get("keramaian").step("review").groups()).containsExactly("kasi-trantib");
        Assertions.assertThat(catalog.get("keramaian").parafSteps()).containsExactly("paraf-sekcam");
        Assertions.assertThat(catalog.get("dispensasi-nikah").step("paraf-kasi").groups()).containsExactly("kasi-kesos");
        Assertions.assertThat(catalog.get("sktm").parafSteps()).containsExactly("paraf-sekcam");
        // the sekcam's own paraf, when late, is escalated to the camat
        Assertions.assertThat(catalog.get("domisili").step("paraf-sekcam").escalation()).containsExactly("camat");
    }

    private Task task(String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(key).singleResult();
    }

    private ApplicationStatus status() {
        return repository.findByRegistrationNumber(number).orElseThrow().status();
    }
}

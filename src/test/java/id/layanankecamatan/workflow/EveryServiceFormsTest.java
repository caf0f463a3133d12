package id.layanankecamatan.workflow;

import static id.layanankecamatan.workflow.ProcessElements.STEP_CONFIRM_ORIGINAL;
import static id.layanankecamatan.workflow.ProcessElements.STEP_REVIEW;
import static id.layanankecamatan.workflow.ProcessElements.STEP_SIGN;
import static id.layanankecamatan.workflow.ProcessElements.STEP_VERIFY;
import static id.layanankecamatan.workflow.ProcessIds.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceDefinition;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Samples;
import java.io.InputStream;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every staff task of every service in the catalogue shows the Camunda Form the catalogue names for it, deployed with
 * the application. The routes themselves are walked for every service by the engine-only ServicePathsTest.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryServiceFormsTest extends IntegrationTest {

    @Autowired
    ServiceCatalog catalog;
    @Autowired
    ApplicationService applications;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    FormService formService;

    private static final ObjectMapper JSON = new ObjectMapper();

    Stream<String> services() {
        return catalog.services().stream().map(ServiceDefinition::code);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void everyStaffTaskShowsTheFormTheCatalogueNamesForTheService(String service) throws Exception {
        Map<String, String> forms = new java.util.HashMap<>();
        catalog.get(service).steps().forEach((step, record) -> forms.put(step, record.form()));
        ProcessInstance instance = submitted(service);
        Assertions.assertThat(shownForm(task(calledProcessInstance(VERIFICATION,
                instance)))).isEqualTo(forms.get(STEP_VERIFY));
        complete(task(calledProcessInstance(VERIFICATION, instance)), withVariables(VAR_DECISION, StaffDecision.ACCEPT));
        if (forms.containsKey(STEP_REVIEW)) {
            Assertions.assertThat(shownForm(task(calledProcessInstance(REVIEW,
                    instance)))).isEqualTo(forms.get(STEP_REVIEW));
            complete(task(calledProcessInstance(REVIEW, instance)), withVariables(VAR_DECISION, StaffDecision.APPROVE));
        }
        if (forms.containsKey(STEP_CONFIRM_ORIGINAL)) {
            Assertions.assertThat(shownForm(task(instance))).isEqualTo(forms.get(STEP_CONFIRM_ORIGINAL));
            complete(task(instance), withVariables(VAR_DECISION, StaffDecision.CONFIRM));
        }
        // each paraf step in catalogue order, with its own form and group, then the signature
        for (String paraf : catalog.get(service).parafSteps()) {
            Task task = tasks.createTaskQuery().processInstanceBusinessKey(instance.getBusinessKey())
                    .taskDefinitionKey(TASK_PARAF).singleResult();
            Assertions.assertThat(shownForm(task)).as(paraf).isEqualTo(forms.get(paraf));
            Assertions.assertThat(tasks.getIdentityLinksForTask(task.getId())).as(paraf)
                    .extracting(org.camunda.bpm.engine.task.IdentityLink::getGroupId)
                    .containsExactlyInAnyOrderElementsOf(catalog.get(service).step(paraf).groups());
            complete(task, withVariables(VAR_DECISION, StaffDecision.PARAF));
        }
        Assertions.assertThat(shownForm(task(calledProcessInstance(SIGNING, instance)))).isEqualTo(forms.get(STEP_SIGN));
    }

    /** The form Tasklist loads for the task: the evaluated formRef, and the deployed form behind it. */
    private String shownForm(Task task) throws Exception {
        String ref = tasks.createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult()
                .getCamundaFormRef().getKey();
        try (InputStream form = formService.getDeployedTaskForm(task.getId())) {
            Assertions.assertThat(JSON.readTree(form).get("id").asText()).isEqualTo(ref);
        }
        return ref;
    }

    /**
     * A valid application for any catalogue service, waiting at its first staff step; for a service closed to new
     * applications, one made before it was closed (it must still be able to end every way).
     */
    private ProcessInstance submitted(String code) {
        String number = beforeClosing(() -> applications.submit(Samples.submission(catalog.get(code))))
                .registrationNumber();
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
        assertThat(instance).isWaitingAt(TASK_NOTIFY_RECEIVED);
        execute(job(TASK_NOTIFY_RECEIVED));
        return instance;
    }
}

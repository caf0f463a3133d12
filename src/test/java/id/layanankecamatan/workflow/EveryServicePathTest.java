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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceDefinition;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Samples;
import java.io.InputStream;
import java.util.List;
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
 * The routes every service process shares, for every service in the catalogue: rejected at verification, closed
 * without correction, rejected at review (where there is one) and rejected at signing. Each service's happy path
 * is in its own end-to-end test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryServicePathTest extends IntegrationTest {

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

    Stream<String> reviewedServices() {
        return catalog.services().stream().filter(s -> s.steps().containsKey("review")).map(ServiceDefinition::code);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void rejectedAtVerification(String service) {
        ProcessInstance instance = submitted(service);
        ProcessInstance verification = calledProcessInstance(VERIFICATION, instance);
        complete(task(verification), withVariables(VAR_DECISION, "reject", VAR_NOTE, "Berkas tidak sah."));
        execute(job(verification));
        assertThat(instance).isEnded().hasPassedInOrder(CALL_VERIFICATION, ERROR_VERIFICATION_REJECTED, END_REJECTED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void closedWithoutCorrection(String service) {
        ProcessInstance instance = submitted(service);
        ProcessInstance verification = calledProcessInstance(VERIFICATION, instance);
        complete(task(verification), withVariables(VAR_DECISION, "return", VAR_NOTE, "Pindaian tidak terbaca."));
        execute(job(TASK_NOTIFY_RETURNED, verification));
        execute(job(TIMER_CORRECTION_OVERDUE, verification));
        execute(job(verification));
        assertThat(instance).isEnded().hasPassedInOrder(CALL_VERIFICATION, ERROR_VERIFICATION_CLOSED, END_CLOSED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reviewedServices")
    void rejectedAtReview(String service) {
        ProcessInstance instance = submitted(service);
        complete(task(calledProcessInstance(VERIFICATION, instance)), withVariables(VAR_DECISION, "accept"));
        // SKTM reaches the review because the sample has no DTKS number
        ProcessInstance review = calledProcessInstance(REVIEW, instance);
        complete(task(review), withVariables(VAR_DECISION, "reject", VAR_NOTE, "Tidak memenuhi syarat."));
        execute(job(review));
        assertThat(instance).isEnded().hasPassedInOrder(CALL_REVIEW, ERROR_REVIEW_REJECTED, END_REJECTED_AT_REVIEW);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void rejectedAtSigning(String service) {
        ProcessInstance instance = submitted(service);
        complete(task(calledProcessInstance(VERIFICATION, instance)), withVariables(VAR_DECISION, "accept"));
        if (catalog.get(service).steps().containsKey("review")) {
            complete(task(calledProcessInstance(REVIEW, instance)), withVariables(VAR_DECISION, "approve"));
        }
        if (service.equals("legalisasi")) {
            complete(task(instance), withVariables(VAR_DECISION, "confirm"));
        }
        ProcessInstance signing = calledProcessInstance(SIGNING, instance);
        complete(task(signing), withVariables(VAR_DECISION, "reject", VAR_NOTE, "Tidak dapat ditandatangani."));
        execute(job(signing));
        assertThat(instance).isEnded().hasPassedInOrder(CALL_SIGNING, ERROR_SIGNING_REJECTED, END_REJECTED_AT_SIGNING);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void everyStaffTaskShowsTheFormTheCatalogueNamesForTheService(String service) throws Exception {
        Map<String, String> forms = new java.util.HashMap<>();
        catalog.get(service).steps().forEach((step, record) -> forms.put(step, record.form()));
        ProcessInstance instance = submitted(service);
        Assertions.assertThat(shownForm(task(calledProcessInstance(VERIFICATION, instance)))).isEqualTo(forms.get("verify"));
        complete(task(calledProcessInstance(VERIFICATION, instance)), withVariables(VAR_DECISION, "accept"));
        if (forms.containsKey("review")) {
            Assertions.assertThat(shownForm(task(calledProcessInstance(REVIEW, instance)))).isEqualTo(forms.get("review"));
            complete(task(calledProcessInstance(REVIEW, instance)), withVariables(VAR_DECISION, "approve"));
        }
        if (forms.containsKey("confirm-original")) {
            Assertions.assertThat(shownForm(task(instance))).isEqualTo(forms.get("confirm-original"));
            complete(task(instance), withVariables(VAR_DECISION, "confirm"));
        }
        Assertions.assertThat(shownForm(task(calledProcessInstance(SIGNING, instance)))).isEqualTo(forms.get("sign"));
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

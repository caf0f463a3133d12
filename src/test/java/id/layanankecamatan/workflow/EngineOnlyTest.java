package id.layanankecamatan.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

/**
 * Fast path tests: the BPMN of processes/ on an in-memory engine without Spring ({@code engine-only.cfg.xml}, built
 * once per JVM), with every bean the diagrams name replaced by {@link FakeBeans}. Each subclass registers
 * {@link #engineWithCoverage()} and deploys what it walks with {@code @Deployment} (or {@link #deploy}); the
 * deployment happens after {@code @BeforeEach}, so processes are started in the test itself.
 * {@code ./mvnw test -Dgroups=fast} runs only these and the other tests tagged fast.
 */
@Tag("fast")
abstract class EngineOnlyTest {

    private static final AtomicInteger REGISTRATIONS = new AtomicInteger();

    protected final FakeBeans beans = new FakeBeans();
    protected ProcessEngine engine;
    private final List<String> deployments = new ArrayList<>();

    /** One per test class, so that camunda-process-test-coverage reports each class on its own. */
    static ProcessEngineCoverageExtension engineWithCoverage() {
        return ProcessEngineCoverageExtension.builder("engine-only.cfg.xml").build();
    }

    @BeforeEach
    void onTheFakeBeans(ProcessEngine engine) {
        this.engine = engine;
        BpmnAwareTests.init(engine);
        beans.register();
        // the extension puts the clock back after each test
        ClockUtil.setCurrentTime(Date.from(FakeBeans.START));
    }

    @AfterEach
    void withoutTheFakeBeans() {
        deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    /**
     * Deploys the files one case of a parameterised test walks, instead of every file for every case with
     * {@code @Deployment}; removed with its instances after the test.
     */
    protected void deploy(String... resources) {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment();
        Arrays.stream(resources).forEach(deployment::addClasspathResource);
        deployments.add(deployment.deploy().getId());
    }

    /** Starts a process as the application does: business key = registration number, with the service's code. */
    protected ProcessInstance start(String processKey, String serviceCode) {
        String registrationNumber = "BTN-2031-%06d".formatted(REGISTRATIONS.incrementAndGet());
        return engine.getRuntimeService().startProcessInstanceByKey(processKey, registrationNumber,
                Map.of(ProcessIds.VAR_SERVICE_CODE, serviceCode));
    }

    /** The citizen's correction arrives, correlated by registration number as the application does. */
    protected void correct(ProcessInstance instance) {
        engine.getRuntimeService().createMessageCorrelation(ProcessIds.MESSAGE_CORRECTION_SUBMITTED)
                .processInstanceBusinessKey(instance.getBusinessKey()).correlate();
    }

    /** The Camunda Form a task shows, as Tasklist evaluates its formRef. */
    protected String formOf(Task task) {
        return engine.getTaskService().createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult()
                .getCamundaFormRef().getKey();
    }

    /** Runs the job waiting at an activity now, whatever its due date: the clock of a timer, or an async step. */
    protected static void run(String activityId, ProcessInstance instance) {
        Job job = job(activityId, instance);
        BpmnAwareTests.execute(job);
    }
}

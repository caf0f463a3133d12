package id.layanankecamatan.workflow;

import static id.layanankecamatan.workflow.ProcessElements.*;
import static id.layanankecamatan.workflow.ProcessIds.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The watch over the completion time promised to the citizen, in every service process: when the time comes the
 * camat is told once if it has really passed, else the watch looks again later (the service clock stood still for a
 * correction, or the time was extended); the application itself goes on either way.
 */
class OverallDeadlineWatchPathsTest extends EngineOnlyTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = engineWithCoverage();

    private ProcessInstance submitted(ServiceProcess service) {
        deploy(service.deployment());
        ProcessInstance instance = start(service.key, service.key);
        run(TASK_NOTIFY_RECEIVED, instance);
        // the watch is set from submission, to the promised completion time
        assertThat(job(OVERALL_DEADLINE_REACHED, instance).getDuedate())
                .isEqualTo(beans.deadlines.of("completion", ""));
        return instance;
    }

    @ParameterizedTest
    @EnumSource(ServiceProcess.class)
    void aPassedCompletionTimeTellsTheCamatOnceAndTheApplicationGoesOn(ServiceProcess service) {
        ProcessInstance instance = submitted(service);
        beans.overallDeadline.answer(true);

        run(OVERALL_DEADLINE_REACHED, instance);

        assertThat(instance).hasPassedInOrder(OVERALL_DEADLINE_REACHED, OVERALL_DEADLINE_CHECK,
                OVERALL_DEADLINE_ESCALATED).hasNotPassed(OVERALL_DEADLINE_WAIT).isWaitingAt(CALL_VERIFICATION);
        assertThat(beans.overallDeadline.checks()).isEqualTo(1);
        assertThat(job(OVERALL_DEADLINE_WAIT, instance)).isNull();
        assertThat(calledProcessInstance(VERIFICATION, instance)).isWaitingAt(TASK_VERIFY);
    }

    @ParameterizedTest
    @EnumSource(ServiceProcess.class)
    void whileTheClockStandsStillTheWatchLooksAgainLater(ServiceProcess service) {
        ProcessInstance instance = submitted(service);
        beans.overallDeadline.answer(false, false, true);

        run(OVERALL_DEADLINE_REACHED, instance);

        // not passed yet: the watch waits until the next check the deadlines give
        assertThat(instance).isWaitingAt(CALL_VERIFICATION, OVERALL_DEADLINE_WAIT)
                .hasNotPassed(OVERALL_DEADLINE_ESCALATED);
        assertThat(job(OVERALL_DEADLINE_WAIT, instance).getDuedate())
                .isEqualTo(beans.deadlines.of("next-completion-check", ""));
        run(OVERALL_DEADLINE_WAIT, instance);
        assertThat(instance).isWaitingAt(OVERALL_DEADLINE_WAIT).hasNotPassed(OVERALL_DEADLINE_ESCALATED);

        // then it has passed: the camat is told and the watch ends
        run(OVERALL_DEADLINE_WAIT, instance);
        assertThat(instance).hasPassed(OVERALL_DEADLINE_ESCALATED).isWaitingAt(CALL_VERIFICATION);
        assertThat(job(OVERALL_DEADLINE_WAIT, instance)).isNull();
        assertThat(beans.overallDeadline.checks()).isEqualTo(3);
    }
}

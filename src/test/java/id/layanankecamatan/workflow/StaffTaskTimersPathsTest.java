package id.layanankecamatan.workflow;

import static id.layanankecamatan.workflow.ProcessElements.BPMN_LEGALISASI;
import static id.layanankecamatan.workflow.ProcessElements.BPMN_PARAF;
import static id.layanankecamatan.workflow.ProcessElements.BPMN_REVIEW;
import static id.layanankecamatan.workflow.ProcessElements.BPMN_SIGNING;
import static id.layanankecamatan.workflow.ProcessElements.BPMN_VERIFICATION;
import static id.layanankecamatan.workflow.ProcessIds.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import id.layanankecamatan.security.StaffGroups;
import id.layanankecamatan.workflow.ProcessElements.SlaTimer;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The three non-interrupting timers on every staff task (verify, review, sign, confirm the original): a reminder,
 * the sekcam told when the task is due, the camat one working day later; the task stays open throughout, and a task
 * done in time takes its timers with it.
 */
@Deployment(resources = {BPMN_VERIFICATION, BPMN_REVIEW, BPMN_SIGNING, BPMN_PARAF, BPMN_LEGALISASI})
class StaffTaskTimersPathsTest extends EngineOnlyTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = engineWithCoverage();

    /** Each staff task, the catalogue step it asks its times for, and the decision that finishes it in time. */
    enum StaffTask {
        VERIFY(TASK_VERIFY, ProcessElements.STEP_VERIFY, StaffDecision.ACCEPT),
        REVIEW(TASK_REVIEW, ProcessElements.STEP_REVIEW, StaffDecision.APPROVE),
        SIGN(TASK_SIGN, ProcessElements.STEP_SIGN, StaffDecision.SIGN),
        CONFIRM_ORIGINAL(TASK_CONFIRM_ORIGINAL, ProcessElements.STEP_CONFIRM_ORIGINAL, StaffDecision.CONFIRM);

        final String id;
        final String step;
        final String inTime;

        StaffTask(String id, String step, String inTime) {
            this.id = id;
            this.step = step;
            this.inTime = inTime;
        }
    }

    @ParameterizedTest
    @EnumSource(StaffTask.class)
    void remindsThenTellsTheSekcamThenTheCamatWhileTheTaskStaysOpen(StaffTask staffTask) {
        ProcessInstance instance = waitingAt(staffTask);

        // each timer is set to the step's time that the catalogue gives for it
        assertThat(job(SlaTimer.REMINDER.on(staffTask.id), instance).getDuedate())
                .isEqualTo(beans.deadlines.of("reminder", staffTask.step));
        assertThat(job(SlaTimer.DUE.on(staffTask.id), instance).getDuedate())
                .isEqualTo(beans.deadlines.of("task", staffTask.step));
        assertThat(job(SlaTimer.OVERDUE.on(staffTask.id), instance).getDuedate())
                .isEqualTo(beans.deadlines.of("overdue", staffTask.step));

        for (SlaTimer timer : SlaTimer.values()) {
            run(timer.on(staffTask.id), instance);
            assertThat(instance).isWaitingAt(staffTask.id).hasPassedInOrder(timer.on(staffTask.id),
                    timer.actionOn(staffTask.id), timer.endOn(staffTask.id));
        }
        assertThat(beans.alerts).containsExactly(FakeBeans.REMINDED, StaffGroups.SEKCAM, StaffGroups.CAMAT);
    }

    @ParameterizedTest
    @EnumSource(StaffTask.class)
    void aTaskDoneInTimeTakesItsTimersWithIt(StaffTask staffTask) {
        ProcessInstance instance = waitingAt(staffTask);

        complete(task(staffTask.id, instance), withVariables(VAR_DECISION, staffTask.inTime));

        for (SlaTimer timer : SlaTimer.values()) {
            assertThat(job(timer.on(staffTask.id), instance)).as(timer.on(staffTask.id)).isNull();
        }
        assertThat(instance).hasPassed(staffTask.id).hasNotPassed(SlaTimer.REMINDER.on(staffTask.id));
        assertThat(beans.alerts).isEmpty();
    }

    /** The process instance whose task it is, waiting there. */
    private ProcessInstance waitingAt(StaffTask staffTask) {
        ProcessInstance instance = switch (staffTask) {
            case VERIFY -> start(VERIFICATION, "domisili");
            case REVIEW -> start(ProcessIds.REVIEW, "sku");
            case SIGN -> start(SIGNING, "domisili");
            case CONFIRM_ORIGINAL -> {
                ProcessInstance legalisasi = start("legalisasi", "legalisasi");
                run(TASK_NOTIFY_RECEIVED, legalisasi);
                complete(task(calledProcessInstance(VERIFICATION, legalisasi)),
                        withVariables(VAR_DECISION, StaffDecision.ACCEPT));
                yield legalisasi;
            }
        };
        assertThat(instance).isWaitingAt(staffTask.id);
        return instance;
    }
}

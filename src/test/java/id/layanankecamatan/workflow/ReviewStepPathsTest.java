package id.layanankecamatan.workflow;

import static id.layanankecamatan.workflow.ProcessElements.BPMN_REVIEW;
import static id.layanankecamatan.workflow.ProcessElements.END_REVIEW_REJECTED;
import static id.layanankecamatan.workflow.ProcessElements.NOTIFY_REJECTED;
import static id.layanankecamatan.workflow.ProcessElements.STEP_REVIEW;
import static id.layanankecamatan.workflow.ProcessIds.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path through the shared step processes/shared/review.bpmn: approved, or rejected with a notice. */
@Deployment(resources = BPMN_REVIEW)
class ReviewStepPathsTest extends EngineOnlyTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = engineWithCoverage();

    private ProcessInstance reviewOfAnSku() {
        ProcessInstance review = start(REVIEW, "sku");
        assertThat(review).isWaitingAt(TASK_REVIEW).task().hasCandidateGroup(FakeBeans.Routing.groupOf(STEP_REVIEW))
                .hasDueDate(beans.deadlines.of("task", STEP_REVIEW));
        assertThat(formOf(task(review))).isEqualTo(FakeBeans.Forms.formOf(STEP_REVIEW));
        return review;
    }

    @Test
    void approvedByTheSectionHead() {
        ProcessInstance review = reviewOfAnSku();

        complete(task(review), withVariables(VAR_DECISION, StaffDecision.APPROVE, VAR_NOTE, "Usaha ditemukan."));

        assertThat(review).isEnded().hasPassedInOrder(TASK_REVIEW, END_REVIEW_APPROVED)
                .hasNotPassed(TASK_NOTIFY_REJECTED_AT_REVIEW);
        assertThat(beans.decisions).containsExactly(TASK_REVIEW + ":" + StaffDecision.APPROVE);
        assertThat(beans.notifications).isEmpty();
    }

    @Test
    void rejectedByTheSectionHeadEndsTheStepWithTheRejectionError() {
        ProcessInstance review = reviewOfAnSku();

        complete(task(review), withVariables(VAR_DECISION, StaffDecision.REJECT, VAR_NOTE, "Usaha tidak ditemukan."));

        assertThat(review).isWaitingAt(TASK_NOTIFY_REJECTED_AT_REVIEW);
        run(TASK_NOTIFY_REJECTED_AT_REVIEW, review);
        assertThat(review).isEnded().hasPassedInOrder(TASK_REVIEW, TASK_NOTIFY_REJECTED_AT_REVIEW, END_REVIEW_REJECTED)
                .hasNotPassed(END_REVIEW_APPROVED);
        assertThat(beans.notifications).containsExactly(NOTIFY_REJECTED);
    }
}

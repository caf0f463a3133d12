package id.layanankecamatan.workflow;

import static id.layanankecamatan.workflow.ProcessElements.BPMN_VERIFICATION;
import static id.layanankecamatan.workflow.ProcessElements.NOTIFY_CLOSED;
import static id.layanankecamatan.workflow.ProcessElements.NOTIFY_REJECTED;
import static id.layanankecamatan.workflow.ProcessElements.NOTIFY_RETURNED;
import static id.layanankecamatan.workflow.ProcessElements.NOTIFY_REMINDER;
import static id.layanankecamatan.workflow.ProcessElements.STEP_VERIFY;
import static id.layanankecamatan.workflow.ProcessIds.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path through the shared step processes/shared/verification.bpmn: accepted, returned and corrected, returned
 * and reminded, returned and closed at the correction deadline, rejected.
 */
@Deployment(resources = BPMN_VERIFICATION)
class VerificationStepPathsTest extends EngineOnlyTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = engineWithCoverage();

    private ProcessInstance verificationOfADomisili() {
        ProcessInstance verification = start(VERIFICATION, "domisili");
        assertThat(verification).isWaitingAt(TASK_VERIFY);
        return verification;
    }

    @Test
    void theOfficerGetsTheServicesFormGroupAndDueTimeForVerification() {
        ProcessInstance verification = verificationOfADomisili();

        assertThat(verification).task().hasCandidateGroup(FakeBeans.Routing.groupOf(STEP_VERIFY))
                .hasDueDate(beans.deadlines.of("task", STEP_VERIFY));
        assertThat(formOf(task(verification))).isEqualTo(FakeBeans.Forms.formOf(STEP_VERIFY));
    }

    @Test
    void acceptedApplicationLeavesVerification() {
        ProcessInstance verification = verificationOfADomisili();

        complete(task(verification), withVariables(VAR_DECISION, StaffDecision.ACCEPT));

        assertThat(verification).isEnded().hasPassedInOrder(TASK_VERIFY, END_VERIFICATION_ACCEPTED)
                .hasNotPassed(TASK_NOTIFY_REJECTED, TASK_AWAIT_CORRECTION);
        assertThat(beans.decisions).containsExactly(TASK_VERIFY + ":" + StaffDecision.ACCEPT);
        assertThat(beans.notifications).isEmpty();
    }

    @Test
    void returnedApplicationWaitsForTheCorrectionUntilItsDeadlineAndIsVerifiedAgain() {
        ProcessInstance verification = verificationOfADomisili();

        // when the officer returns it
        complete(task(verification), withVariables(VAR_DECISION, StaffDecision.RETURN, VAR_NOTE, "KK buram."));

        // then the wait starts at once, until the deadline the decision set, and the notice is queued beside it
        assertThat(verification).isWaitingAt(TASK_AWAIT_CORRECTION, TASK_NOTIFY_RETURNED);
        assertThat(job(TIMER_CORRECTION_OVERDUE, verification).getDuedate()).isEqualTo(FakeBeans.CORRECTION_DUE);
        run(TASK_NOTIFY_RETURNED, verification);
        assertThat(beans.notifications).containsExactly(NOTIFY_RETURNED);

        // when the citizen corrects
        correct(verification);

        // then the officer verifies again, with the deadline gone
        assertThat(verification).isWaitingAt(TASK_VERIFY);
        assertThat(job(TIMER_CORRECTION_OVERDUE, verification)).isNull();
        complete(task(verification), withVariables(VAR_DECISION, StaffDecision.ACCEPT));
        assertThat(verification).isEnded()
                .hasPassedInOrder(TASK_VERIFY, TASK_AWAIT_CORRECTION, TASK_VERIFY, END_VERIFICATION_ACCEPTED)
                .hasPassedInOrder(TASK_NOTIFY_RETURNED, END_RETURNED_NOTIFIED)
                .hasNotPassed(TASK_CLOSE);
    }

    @Test
    void aCorrectionMayArriveBeforeTheReturnNoticeIsSent() {
        ProcessInstance verification = verificationOfADomisili();
        complete(task(verification), withVariables(VAR_DECISION, StaffDecision.RETURN, VAR_NOTE, "KK buram."));

        // the citizen saw "returned" on the tracking page while the mail was still queued
        correct(verification);

        assertThat(verification).isWaitingAt(TASK_VERIFY, TASK_NOTIFY_RETURNED);
        run(TASK_NOTIFY_RETURNED, verification);
        assertThat(verification).isWaitingAt(TASK_VERIFY).hasPassed(END_RETURNED_NOTIFIED);
    }

    @Test
    void anApplicationMayBeReturnedMoreThanOnce() {
        ProcessInstance verification = verificationOfADomisili();
        for (int round = 0; round < 2; round++) {
            complete(task(verification), withVariables(VAR_DECISION, StaffDecision.RETURN, VAR_NOTE, "Belum lengkap."));
            run(TASK_NOTIFY_RETURNED, verification);
            correct(verification);
        }
        complete(task(verification), withVariables(VAR_DECISION, StaffDecision.ACCEPT));

        assertThat(verification).isEnded().hasPassed(END_VERIFICATION_ACCEPTED);
        assertThat(beans.notifications).containsExactly(NOTIFY_RETURNED, NOTIFY_RETURNED);
    }

    @Test
    void theCitizenIsRemindedBeforeTheCorrectionDeadlineAndMayStillCorrect() {
        ProcessInstance verification = verificationOfADomisili();
        complete(task(verification), withVariables(VAR_DECISION, StaffDecision.RETURN, VAR_NOTE, "KK buram."));
        run(TASK_NOTIFY_RETURNED, verification);
        assertThat(job(TIMER_CORRECTION_REMINDER, verification).getDuedate()).isEqualTo(FakeBeans.CORRECTION_REMINDER);

        // when the reminder's time comes, the wait goes on beside the reminder
        run(TIMER_CORRECTION_REMINDER, verification);
        assertThat(verification).isWaitingAt(TASK_AWAIT_CORRECTION, TASK_NOTIFY_CORRECTION_REMINDER);
        run(TASK_NOTIFY_CORRECTION_REMINDER, verification);
        assertThat(beans.notifications).containsExactly(NOTIFY_RETURNED, NOTIFY_REMINDER);
        assertThat(verification).isWaitingAt(TASK_AWAIT_CORRECTION).hasPassed(END_CORRECTION_REMINDED);
        assertThat(job(TIMER_CORRECTION_OVERDUE, verification).getDuedate()).isEqualTo(FakeBeans.CORRECTION_DUE);

        // and a correction after it is verified again, no timer left
        correct(verification);
        assertThat(verification).isWaitingAt(TASK_VERIFY);
        assertThat(job(TIMER_CORRECTION_REMINDER, verification)).isNull();
        assertThat(job(TIMER_CORRECTION_OVERDUE, verification)).isNull();
    }

    @Test
    void aCorrectionBeforeTheReminderCancelsIt() {
        ProcessInstance verification = verificationOfADomisili();
        complete(task(verification), withVariables(VAR_DECISION, StaffDecision.RETURN, VAR_NOTE, "KK buram."));
        run(TASK_NOTIFY_RETURNED, verification);

        correct(verification);

        assertThat(job(TIMER_CORRECTION_REMINDER, verification)).isNull();
        assertThat(verification).isWaitingAt(TASK_VERIFY).hasNotPassed(TASK_NOTIFY_CORRECTION_REMINDER);
    }

    @Test
    void returnedApplicationWithoutCorrectionIsClosedAtTheDeadline() {
        ProcessInstance verification = verificationOfADomisili();
        complete(task(verification), withVariables(VAR_DECISION, StaffDecision.RETURN, VAR_NOTE, "KK buram."));
        run(TASK_NOTIFY_RETURNED, verification);

        // when the correction deadline passes
        run(TIMER_CORRECTION_OVERDUE, verification);

        // then the application is closed and the citizen told
        assertThat(verification).isWaitingAt(TASK_NOTIFY_CLOSED);
        assertThat(beans.closedApplications).containsExactly(verification.getBusinessKey());
        run(TASK_NOTIFY_CLOSED, verification);
        assertThat(verification).isEnded()
                .hasPassedInOrder(TASK_AWAIT_CORRECTION, TASK_CLOSE, TASK_NOTIFY_CLOSED, END_VERIFICATION_CLOSED)
                .hasNotPassed(END_VERIFICATION_ACCEPTED);
        assertThat(beans.notifications).containsExactly(NOTIFY_RETURNED, NOTIFY_CLOSED);
    }

    @Test
    void rejectedApplicationEndsTheStepWithTheRejectionError() {
        ProcessInstance verification = verificationOfADomisili();

        complete(task(verification), withVariables(VAR_DECISION, StaffDecision.REJECT, VAR_NOTE, "Di luar wilayah."));

        assertThat(verification).isWaitingAt(TASK_NOTIFY_REJECTED);
        run(TASK_NOTIFY_REJECTED, verification);
        assertThat(verification).isEnded().hasPassedInOrder(TASK_VERIFY, TASK_NOTIFY_REJECTED, END_VERIFICATION_REJECTED)
                .hasNotPassed(TASK_AWAIT_CORRECTION, END_VERIFICATION_ACCEPTED);
        assertThat(beans.notifications).containsExactly(NOTIFY_REJECTED);
    }
}

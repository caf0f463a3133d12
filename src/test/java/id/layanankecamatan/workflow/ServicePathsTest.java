package id.layanankecamatan.workflow;

import static id.layanankecamatan.workflow.ProcessElements.*;
import static id.layanankecamatan.workflow.ProcessIds.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every path through every service process of processes/ with the shared steps it calls: issued, rejected at
 * verification, corrected after a return, closed without a correction, rejected at review (where there is one),
 * rejected at signing, and the routes of SKTM and legalisasi of their own.
 */
class ServicePathsTest extends EngineOnlyTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = engineWithCoverage();

    /** A submitted application of the service, its receipt mailed, waiting for the officer's verification. */
    private ProcessInstance submitted(ServiceProcess service) {
        deploy(service.deployment());
        ProcessInstance instance = start(service.key, service.key);
        // the receipt mail is asynchronous: the citizen's submission does not wait for the mail server
        assertThat(instance).isWaitingAt(TASK_NOTIFY_RECEIVED);
        run(TASK_NOTIFY_RECEIVED, instance);
        assertThat(instance).isWaitingAt(CALL_VERIFICATION);
        assertThat(calledProcessInstance(VERIFICATION, instance)).isWaitingAt(TASK_VERIFY)
                .hasBusinessKey(instance.getBusinessKey());
        return instance;
    }

    private void signedAndMailed(ProcessInstance instance) {
        ProcessInstance signing = calledProcessInstance(SIGNING, instance);
        assertThat(signing).hasBusinessKey(instance.getBusinessKey());
        complete(task(signing), withVariables(VAR_DECISION, StaffDecision.SIGN));
        run(TASK_NOTIFY_ISSUED, signing);
    }

    @ParameterizedTest
    @EnumSource(ServiceProcess.class)
    void issuedWhenEveryStepSaysYes(ServiceProcess service) {
        ProcessInstance instance = submitted(service);

        service.acceptedUpToSigning(instance);
        signedAndMailed(instance);

        assertThat(instance).isEnded().hasPassedInOrder(START_APPLICATION_SUBMITTED, TASK_NOTIFY_RECEIVED)
                .hasPassedInOrder(service.issuedRoute())
                .hasNotPassed(END_REJECTED, END_CLOSED, END_REJECTED_AT_SIGNING, OVERALL_DEADLINE_CHECK);
        assertThat(beans.notifications).containsExactly(NOTIFY_RECEIVED, NOTIFY_ISSUED);
        assertThat(beans.issuedLetters).containsExactly(instance.getBusinessKey());
    }

    @ParameterizedTest
    @EnumSource(ServiceProcess.class)
    void rejectedAtVerification(ServiceProcess service) {
        ProcessInstance instance = submitted(service);
        ProcessInstance verification = calledProcessInstance(VERIFICATION, instance);

        complete(task(verification), withVariables(VAR_DECISION, StaffDecision.REJECT, VAR_NOTE, "Berkas tidak sah."));
        run(TASK_NOTIFY_REJECTED, verification);

        assertThat(instance).isEnded().hasPassedInOrder(CALL_VERIFICATION, ERROR_VERIFICATION_REJECTED, END_REJECTED)
                .hasNotPassed(CALL_SIGNING, CALL_REVIEW, TASK_CONFIRM_ORIGINAL);
        assertThat(beans.notifications).containsExactly(NOTIFY_RECEIVED, NOTIFY_REJECTED);
    }

    @ParameterizedTest
    @EnumSource(ServiceProcess.class)
    void correctedAfterAReturnAndIssued(ServiceProcess service) {
        ProcessInstance instance = submitted(service);
        ProcessInstance verification = calledProcessInstance(VERIFICATION, instance);

        complete(task(verification), withVariables(VAR_DECISION, StaffDecision.RETURN, VAR_NOTE, "Pindaian buram."));
        run(TASK_NOTIFY_RETURNED, verification);
        correct(instance);
        service.acceptedUpToSigning(instance);
        signedAndMailed(instance);

        assertThat(verification).isEnded()
                .hasPassedInOrder(TASK_VERIFY, TASK_AWAIT_CORRECTION, TASK_VERIFY, END_VERIFICATION_ACCEPTED);
        assertThat(instance).isEnded().hasPassedInOrder(service.issuedRoute());
        assertThat(beans.notifications).containsExactly(NOTIFY_RECEIVED, NOTIFY_RETURNED, NOTIFY_ISSUED);
    }

    @ParameterizedTest
    @EnumSource(ServiceProcess.class)
    void closedWhenTheCorrectionDoesNotComeInTime(ServiceProcess service) {
        ProcessInstance instance = submitted(service);
        ProcessInstance verification = calledProcessInstance(VERIFICATION, instance);

        complete(task(verification), withVariables(VAR_DECISION, StaffDecision.RETURN, VAR_NOTE, "Pindaian buram."));
        run(TASK_NOTIFY_RETURNED, verification);
        run(TIMER_CORRECTION_OVERDUE, verification);
        run(TASK_NOTIFY_CLOSED, verification);

        assertThat(instance).isEnded().hasPassedInOrder(CALL_VERIFICATION, ERROR_VERIFICATION_CLOSED, END_CLOSED)
                .hasNotPassed(CALL_SIGNING, CALL_REVIEW, TASK_CONFIRM_ORIGINAL);
        assertThat(beans.closedApplications).containsExactly(instance.getBusinessKey());
        assertThat(beans.notifications).containsExactly(NOTIFY_RECEIVED, NOTIFY_RETURNED, NOTIFY_CLOSED);
    }

    @ParameterizedTest
    @EnumSource(ServiceProcess.class)
    void rejectedAtSigningWithoutALetter(ServiceProcess service) {
        ProcessInstance instance = submitted(service);
        service.acceptedUpToSigning(instance);
        ProcessInstance signing = calledProcessInstance(SIGNING, instance);

        complete(task(signing), withVariables(VAR_DECISION, StaffDecision.REJECT, VAR_NOTE, "Tidak dapat ditandatangani."));
        run(TASK_NOTIFY_REJECTED_AT_SIGNING, signing);

        assertThat(instance).isEnded().hasPassedInOrder(CALL_SIGNING, ERROR_SIGNING_REJECTED, END_REJECTED_AT_SIGNING)
                .hasNotPassed(END_ISSUED);
        assertThat(beans.issuedLetters).isEmpty();
        assertThat(beans.notifications).containsExactly(NOTIFY_RECEIVED, NOTIFY_REJECTED);
    }

    @ParameterizedTest
    @EnumSource(value = ServiceProcess.class, names = {"SKTM", "SKU"})
    void rejectedAtReviewWithoutALetter(ServiceProcess service) {
        ProcessInstance instance = submitted(service);
        complete(task(calledProcessInstance(VERIFICATION, instance)), withVariables(VAR_DECISION, StaffDecision.ACCEPT));
        ProcessInstance review = calledProcessInstance(ProcessIds.REVIEW, instance);
        assertThat(review).hasBusinessKey(instance.getBusinessKey());

        complete(task(review), withVariables(VAR_DECISION, StaffDecision.REJECT, VAR_NOTE, "Tidak memenuhi syarat."));
        run(TASK_NOTIFY_REJECTED_AT_REVIEW, review);

        assertThat(instance).isEnded().hasPassedInOrder(CALL_REVIEW, ERROR_REVIEW_REJECTED, END_REJECTED_AT_REVIEW)
                .hasNotPassed(CALL_SIGNING);
        assertThat(beans.notifications).containsExactly(NOTIFY_RECEIVED, NOTIFY_REJECTED);
    }

    @Test
    void sktmOfAFamilyInTheDtksRegisterNeedsNoFieldCheck() {
        beans.applicationDetails.add(FIELD_DTSEN_DESIL);
        ProcessInstance instance = submitted(ServiceProcess.SKTM);

        complete(task(calledProcessInstance(VERIFICATION, instance)), withVariables(VAR_DECISION, StaffDecision.ACCEPT));

        assertThat(instance).isWaitingAt(CALL_SIGNING).hasPassed(GATEWAY_REVIEW_NEEDED).hasNotPassed(CALL_REVIEW);
        signedAndMailed(instance);
        assertThat(instance).isEnded().hasPassedInOrder(CALL_VERIFICATION, GATEWAY_REVIEW_NEEDED, CALL_SIGNING, END_ISSUED)
                .hasNotPassed(CALL_REVIEW);
    }

    @Test
    void legalisasiShowsTheFrontOfficeTheOriginalCheckBeforeSigning() {
        ProcessInstance instance = submitted(ServiceProcess.LEGALISASI);

        complete(task(calledProcessInstance(VERIFICATION, instance)), withVariables(VAR_DECISION, StaffDecision.ACCEPT));

        // the step has its own record in the catalogue: its groups, form and time
        assertThat(instance).isWaitingAt(TASK_CONFIRM_ORIGINAL).hasNotPassed(CALL_SIGNING).task()
                .hasCandidateGroup(FakeBeans.Routing.groupOf(STEP_CONFIRM_ORIGINAL))
                .hasDueDate(beans.deadlines.of("task", STEP_CONFIRM_ORIGINAL));
        assertThat(formOf(task(instance))).isEqualTo(FakeBeans.Forms.formOf(STEP_CONFIRM_ORIGINAL));
    }

    @Test
    void legalisasiOfACopyThatDiffersFromTheOriginalIsRejectedBeforeSigning() {
        ProcessInstance instance = submitted(ServiceProcess.LEGALISASI);
        complete(task(calledProcessInstance(VERIFICATION, instance)), withVariables(VAR_DECISION, StaffDecision.ACCEPT));

        complete(task(TASK_CONFIRM_ORIGINAL, instance),
                withVariables(VAR_DECISION, StaffDecision.REJECT, VAR_NOTE, "Cap berbeda dengan aslinya."));
        run(TASK_NOTIFY_REJECTED_ORIGINAL, instance);

        assertThat(instance).isEnded()
                .hasPassedInOrder(TASK_CONFIRM_ORIGINAL, TASK_NOTIFY_REJECTED_ORIGINAL, END_REJECTED_ORIGINAL)
                .hasNotPassed(CALL_SIGNING);
        assertThat(beans.decisions).containsExactly(TASK_VERIFY + ":" + StaffDecision.ACCEPT,
                TASK_CONFIRM_ORIGINAL + ":" + StaffDecision.REJECT);
        assertThat(beans.notifications).containsExactly(NOTIFY_RECEIVED, NOTIFY_REJECTED);
    }
}

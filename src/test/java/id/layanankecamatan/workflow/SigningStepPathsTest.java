package id.layanankecamatan.workflow;

import static id.layanankecamatan.workflow.ProcessElements.BPMN_PARAF;
import static id.layanankecamatan.workflow.ProcessElements.BPMN_SIGNING;
import static id.layanankecamatan.workflow.ProcessElements.NOTIFY_ISSUED;
import static id.layanankecamatan.workflow.ProcessElements.NOTIFY_REJECTED;
import static id.layanankecamatan.workflow.ProcessElements.STEP_SIGN;
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

/** Every path through the shared step processes/shared/signing.bpmn: signed and issued, or rejected. */
@Deployment(resources = {BPMN_SIGNING, BPMN_PARAF})
class SigningStepPathsTest extends EngineOnlyTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = engineWithCoverage();

    private ProcessInstance signingOfADomisili() {
        ProcessInstance signing = start(SIGNING, "domisili");
        assertThat(signing).isWaitingAt(TASK_SIGN).task().hasCandidateGroup(FakeBeans.Routing.groupOf(STEP_SIGN))
                .hasDueDate(beans.deadlines.of("task", STEP_SIGN));
        assertThat(formOf(task(signing))).isEqualTo(FakeBeans.Forms.formOf(STEP_SIGN));
        return signing;
    }

    @Test
    void signedLetterIsIssuedInTheSigningTransactionAndThenMailed() {
        ProcessInstance signing = signingOfADomisili();

        complete(task(signing), withVariables(VAR_DECISION, StaffDecision.SIGN));

        // the letter exists before the mail is tried: a mail server that is down does not undo the signature
        assertThat(beans.issuedLetters).containsExactly(signing.getBusinessKey());
        assertThat(signing).isWaitingAt(TASK_NOTIFY_ISSUED);
        run(TASK_NOTIFY_ISSUED, signing);
        assertThat(signing).isEnded().hasPassedInOrder(TASK_SIGN, TASK_ISSUE_LETTER, TASK_NOTIFY_ISSUED, END_ISSUED)
                .hasNotPassed(TASK_NOTIFY_REJECTED_AT_SIGNING);
        assertThat(beans.notifications).containsExactly(NOTIFY_ISSUED);
        assertThat(beans.decisions).containsExactly(TASK_SIGN + ":" + StaffDecision.SIGN);
    }

    @Test
    void rejectedAtSigningEndsTheStepWithTheRejectionErrorAndNoLetter() {
        ProcessInstance signing = signingOfADomisili();

        complete(task(signing), withVariables(VAR_DECISION, StaffDecision.REJECT, VAR_NOTE, "Tidak memenuhi syarat."));

        assertThat(signing).isWaitingAt(TASK_NOTIFY_REJECTED_AT_SIGNING);
        run(TASK_NOTIFY_REJECTED_AT_SIGNING, signing);
        assertThat(signing).isEnded()
                .hasPassedInOrder(TASK_SIGN, TASK_NOTIFY_REJECTED_AT_SIGNING, END_SIGNING_REJECTED)
                .hasNotPassed(TASK_ISSUE_LETTER, END_ISSUED);
        assertThat(beans.issuedLetters).isEmpty();
        assertThat(beans.notifications).containsExactly(NOTIFY_REJECTED);
    }

    @Test
    void theDraftIsInitialledByEachParafStepInOrderBeforeTheSignature() {
        beans.routing.parafSteps = java.util.List.of("paraf-kasi", "paraf-sekcam");
        ProcessInstance signing = start(SIGNING, "domisili");
        assertThat(signing).isWaitingAt(CALL_PARAF);

        for (String step : beans.routing.parafSteps) {
            ProcessInstance paraf = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PARAF)
                    .singleResult();
            assertThat(paraf).isWaitingAt(TASK_PARAF).task().hasCandidateGroup(FakeBeans.Routing.groupOf(step))
                    .hasDueDate(beans.deadlines.of("task", step));
            assertThat(formOf(task(paraf))).isEqualTo(FakeBeans.Forms.formOf(step));
            complete(task(paraf), withVariables(VAR_DECISION, StaffDecision.PARAF));
            assertThat(paraf).isEnded().hasPassedInOrder(TASK_PARAF, END_PARAF_GIVEN);
        }

        assertThat(signing).isWaitingAt(TASK_SIGN).hasPassed(CALL_PARAF);
        assertThat(beans.decisions).containsExactly(TASK_PARAF + ":" + StaffDecision.PARAF,
                TASK_PARAF + ":" + StaffDecision.PARAF);
    }
}

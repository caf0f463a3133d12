package id.layanankecamatan.workflow;

import static id.layanankecamatan.workflow.ProcessIds.CALL_REVIEW;
import static id.layanankecamatan.workflow.ProcessIds.CALL_SIGNING;
import static id.layanankecamatan.workflow.ProcessIds.CALL_VERIFICATION;
import static id.layanankecamatan.workflow.ProcessIds.END_ISSUED;
import static id.layanankecamatan.workflow.ProcessIds.TASK_CONFIRM_ORIGINAL;
import static id.layanankecamatan.workflow.ProcessIds.VAR_DECISION;
import static id.layanankecamatan.workflow.ProcessIds.VERIFICATION;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The nine service processes of processes/ and the shape of each between verification and signing: straight on,
 * a section head's review (SKTM only for a family outside DTSEN, which the fake beans' application lacks unless a
 * test adds it), or the original document seen at the counter.
 */
enum ServiceProcess {
    DOMISILI("domisili", ProcessElements.BPMN_DOMISILI, Between.NOTHING),
    DOMISILI_LEMBAGA("domisili-lembaga", ProcessElements.BPMN_DOMISILI_LEMBAGA, Between.NOTHING),
    KERAMAIAN("keramaian", ProcessElements.BPMN_KERAMAIAN, Between.REVIEW),
    AHLI_WARIS("ahli-waris", ProcessElements.BPMN_AHLI_WARIS, Between.NOTHING),
    PINDAH("pindah", ProcessElements.BPMN_PINDAH, Between.NOTHING),
    DISPENSASI_NIKAH("dispensasi-nikah", ProcessElements.BPMN_DISPENSASI_NIKAH, Between.NOTHING),
    LEGALISASI("legalisasi", ProcessElements.BPMN_LEGALISASI, Between.ORIGINAL_SEEN),
    SKTM("sktm", ProcessElements.BPMN_SKTM, Between.FIELD_CHECK_OUTSIDE_DTSEN),
    SKU("sku", ProcessElements.BPMN_SKU, Between.REVIEW);

    /** What a service does after verification and before signing. */
    enum Between {
        NOTHING, REVIEW, FIELD_CHECK_OUTSIDE_DTSEN, ORIGINAL_SEEN
    }

    /** The process key, equal to the service code in the catalogue. */
    final String key;
    private final String bpmn;
    final Between between;

    ServiceProcess(String key, String bpmn, Between between) {
        this.key = key;
        this.bpmn = bpmn;
        this.between = between;
    }

    /** The service's BPMN with the shared steps it may call. */
    String[] deployment() {
        return new String[] {bpmn, ProcessElements.BPMN_VERIFICATION, ProcessElements.BPMN_REVIEW,
                ProcessElements.BPMN_SIGNING, ProcessElements.BPMN_PARAF};
    }

    boolean reviewed() {
        return between == Between.REVIEW || between == Between.FIELD_CHECK_OUTSIDE_DTSEN;
    }

    /** The route of the service process from verification to the issued letter, when every step says yes. */
    String[] issuedRoute() {
        return switch (between) {
            case NOTHING -> new String[] {CALL_VERIFICATION, CALL_SIGNING, END_ISSUED};
            case REVIEW -> new String[] {CALL_VERIFICATION, CALL_REVIEW, CALL_SIGNING, END_ISSUED};
            case FIELD_CHECK_OUTSIDE_DTSEN -> new String[] {CALL_VERIFICATION, ProcessElements.GATEWAY_REVIEW_NEEDED,
                    CALL_REVIEW, CALL_SIGNING, END_ISSUED};
            case ORIGINAL_SEEN -> new String[] {CALL_VERIFICATION, TASK_CONFIRM_ORIGINAL, CALL_SIGNING, END_ISSUED};
        };
    }

    /** Every staff step before signing says yes; the application then waits for its signer. */
    void acceptedUpToSigning(ProcessInstance instance) {
        complete(task(calledProcessInstance(VERIFICATION, instance)),
                withVariables(VAR_DECISION, StaffDecision.ACCEPT));
        if (reviewed()) {
            complete(task(calledProcessInstance(ProcessIds.REVIEW, instance)),
                    withVariables(VAR_DECISION, StaffDecision.APPROVE));
        }
        if (between == Between.ORIGINAL_SEEN) {
            complete(task(TASK_CONFIRM_ORIGINAL, instance), withVariables(VAR_DECISION, StaffDecision.CONFIRM));
        }
    }
}

package id.layanankecamatan.document;

import id.layanankecamatan.OfficeProperties;
import id.layanankecamatan.observability.ServiceTimers;
import id.layanankecamatan.workflow.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * BPMN: task_issue_letter. The signer is the account that completed the signing task; its person and capacity
 * (camat, a.n. by the sekretaris, Plh./Plt.) come from {@link Signatories}.
 */
@Component("issueLetter")
public class IssueLetterDelegate implements JavaDelegate {

    private final LetterService letters;
    private final OfficeProperties office;
    private final ServiceTimers timers;

    public IssueLetterDelegate(LetterService letters, OfficeProperties office, ServiceTimers timers) {
        this.letters = letters;
        this.office = office;
        this.timers = timers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String signedBy = (String) execution.getVariable(ProcessIds.VAR_SIGNED_BY);
        // no recorded actor (a task completed by the engine's API without a user): the camat's account
        String signer = signedBy == null ? office.signer().account() : signedBy;
        timers.letterIssue((String) execution.getVariable(ProcessIds.VAR_SERVICE_CODE),
                () -> letters.issue(execution.getProcessBusinessKey(), signer));
    }
}

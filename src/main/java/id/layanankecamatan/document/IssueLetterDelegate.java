package id.layanankecamatan.document;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN: task_issue_letter. The signer is the user who completed the signing task. */
@Component("issueLetter")
public class IssueLetterDelegate implements JavaDelegate {

    private final LetterService letters;

    public IssueLetterDelegate(LetterService letters) {
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String signedBy = (String) execution.getVariable("signedBy");
        letters.issue(execution.getProcessBusinessKey(), signedBy == null ? "camat" : signedBy);
    }
}

package id.layanankecamatan.document;

import id.layanankecamatan.security.StaffGroups;
import id.layanankecamatan.workflow.ProcessIds;
import org.camunda.bpm.engine.IdentityService;
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
        String signedBy = (String) execution.getVariable(ProcessIds.VAR_SIGNED_BY);
        letters.issue(execution.getProcessBusinessKey(), signedBy == null ? "camat" : signedBy,
                signsOnBehalf(execution.getProcessEngineServices().getIdentityService(), signedBy));
    }

    /** A member of the sekcam group who is not the camat signs "a.n. Camat". */
    private static boolean signsOnBehalf(IdentityService identity, String user) {
        if (user == null) {
            return false;
        }
        boolean camat = identity.createGroupQuery().groupMember(user).groupId(StaffGroups.CAMAT).count() > 0;
        boolean sekcam = identity.createGroupQuery().groupMember(user).groupId(StaffGroups.SEKCAM).count() > 0;
        return sekcam && !camat;
    }
}

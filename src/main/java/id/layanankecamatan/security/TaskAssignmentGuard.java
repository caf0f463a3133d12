package id.layanankecamatan.security;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A task may be claimed or assigned only for oneself: the engine grants the new assignee access to the task and
 * its data, so "claim for someone else" would hand an application to any account. The camat and the
 * administrators may hand work to others; work the engine does on its own (nobody logged in) is not affected.
 * <p>
 * Checked in the engine's authorization provider, at the very moment it would grant the new assignee access, so
 * it holds for every way in (engine REST, Tasklist, Java API) and answers 403 over REST. (A task listener on
 * "assignment" would see the same, but the engine wraps a listener's exception into a 500.)
 */
@Component
public class TaskAssignmentGuard extends AbstractProcessEnginePlugin {

    static final Set<String> MAY_DELEGATE = Set.of(StaffGroups.CAMAT, StaffGroups.ADMIN);

    static final String REFUSED = "Tugas hanya dapat diklaim untuk diri sendiri. Hanya camat dan administrator "
            + "yang boleh menyerahkan tugas kepada petugas lain.";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new DefaultAuthorizationProvider() {
            @Override
            public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
                check(newAssignee);
                return super.newTaskAssignee(task, oldAssignee, newAssignee);
            }
        });
    }

    static void check(String newAssignee) {
        Authentication current = Context.getCommandContext() == null ? null
                : Context.getCommandContext().getAuthentication();
        if (newAssignee == null || current == null || current.getUserId() == null
                || newAssignee.equals(current.getUserId()) || mayDelegate(current)) {
            return;
        }
        throw new AuthorizationException(REFUSED);
    }

    private static boolean mayDelegate(Authentication current) {
        List<String> groups = current.getGroupIds();
        if (groups == null) {
            groups = Context.getProcessEngineConfiguration().getIdentityService().createGroupQuery()
                    .groupMember(current.getUserId()).list().stream().map(Group::getId).toList();
        }
        return groups.stream().anyMatch(MAY_DELEGATE::contains);
    }
}

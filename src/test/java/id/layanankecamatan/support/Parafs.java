package id.layanankecamatan.support;

import id.layanankecamatan.workflow.ProcessIds;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

/**
 * The draft letter initialled as the office does it, for tests about what comes after: each open paraf task of the
 * application is claimed and completed with "paraf" by a member of its candidate group, in the catalogue's order,
 * until the letter waits for its signature. Tests of the paraf step itself drive it by hand.
 */
public final class Parafs {

    private Parafs() {
    }

    /** Returns the users who initialled, in order. */
    public static List<String> giveAll(ProcessEngine engine, String registrationNumber) {
        TaskService tasks = engine.getTaskService();
        IdentityService identity = engine.getIdentityService();
        List<String> initialled = new java.util.ArrayList<>();
        Jobs.runDue(engine, registrationNumber);
        for (Task task = open(tasks, registrationNumber); task != null; task = open(tasks, registrationNumber)) {
            String group = tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                    .filter(java.util.Objects::nonNull).findFirst()
                    .orElseThrow(() -> new AssertionError("paraf task without a candidate group"));
            User member = identity.createUserQuery().memberOfGroup(group).listPage(0, 1).stream().findFirst()
                    .orElseThrow(() -> new AssertionError("no user in group " + group));
            tasks.claim(task.getId(), member.getId());
            identity.setAuthentication(member.getId(), identity.createGroupQuery().groupMember(member.getId()).list()
                    .stream().map(Group::getId).toList());
            try {
                tasks.complete(task.getId(), Map.of(ProcessIds.VAR_DECISION, "paraf"));
            } finally {
                identity.clearAuthentication();
            }
            initialled.add(member.getId());
            Jobs.runDue(engine, registrationNumber);
        }
        return initialled;
    }

    private static Task open(TaskService tasks, String registrationNumber) {
        return tasks.createTaskQuery().processInstanceBusinessKey(registrationNumber)
                .taskDefinitionKey(ProcessIds.TASK_PARAF).singleResult();
    }
}

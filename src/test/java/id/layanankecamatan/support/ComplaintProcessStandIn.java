package id.layanankecamatan.support;

import id.layanankecamatan.complaint.ComplaintIntake;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import id.layanankecamatan.security.StaffGroups;

/**
 * What intake's tests need of the complaint handling, which is built on another branch: a process 'complaint' that
 * waits for the complainant's messages (src/test/resources/complaint-stand-in/complaint.bpmn, deployed only when no
 * process of that key exists, so the real one wins once both branches are merged), and a complaint officer account.
 */
public final class ComplaintProcessStandIn {

    public static final String OFFICER = "pengaduan";
    public static final String PASSWORD = "demo";

    private ComplaintProcessStandIn() {
    }

    public static synchronized void deploy(ProcessEngine engine) {
        if (engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ComplaintIntake.PROCESS_KEY).count() == 0) {
            engine.getRepositoryService().createDeployment().name("complaint-stand-in")
                    .addClasspathResource("complaint-stand-in/complaint.bpmn").deploy();
        }
        IdentityService identity = engine.getIdentityService();
        if (identity.createGroupQuery().groupId(StaffGroups.COMPLAINTS).count() == 0) {
            Group group = identity.newGroup(StaffGroups.COMPLAINTS);
            group.setName("Pengelola pengaduan");
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
        if (identity.createUserQuery().userId(OFFICER).count() == 0) {
            User user = identity.newUser(OFFICER);
            user.setFirstName("Petugas");
            user.setLastName("Pengaduan");
            user.setPassword(PASSWORD);
            identity.saveUser(user);
        }
        if (identity.createUserQuery().userId(OFFICER).memberOfGroup(StaffGroups.COMPLAINTS).count() == 0) {
            identity.createMembership(OFFICER, StaffGroups.COMPLAINTS);
        }
    }
}

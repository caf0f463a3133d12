package id.layanankecamatan.security;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: staff users with the demo password, their groups, what each group may open, and the
 * Tasklist filters. Runs at every start and creates only what is missing.
 */
@Component
@Profile("demo")
public class DemoSetup {

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;
    private final String password;

    public DemoSetup(IdentityService identity, AuthorizationService authorizations, FilterService filters,
                     TaskService tasks, @Value("${layanan.demo.password}") String password) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void createDemoStaff() {
        group(StaffGroups.FRONT_OFFICE, "Petugas loket (front office)");
        group(StaffGroups.CAMAT, "Camat");
        group(StaffGroups.SEKCAM, "Sekretaris Camat");
        group(StaffGroups.KASI_KESOS, "Kepala Seksi Kesejahteraan Sosial");
        group(StaffGroups.KASI_EKBANG, "Kepala Seksi Ekonomi dan Pembangunan");
        user("petugas", "Petugas", "Loket", StaffGroups.FRONT_OFFICE);
        user("camat", "Bapak/Ibu", "Camat", StaffGroups.CAMAT);
        user("sekcam", "Sekretaris", "Camat", StaffGroups.SEKCAM);
        user("kasikesos", "Kasi", "Kesos", StaffGroups.KASI_KESOS);
        user("kasiekbang", "Kasi", "Ekbang", StaffGroups.KASI_EKBANG);
        for (String group : StaffGroups.OFFICE) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(group, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
            grant(group, Resources.USER, "*", Permissions.READ);
            grant(group, Resources.FILTER, "*", Permissions.READ);
        }
        // the camat watches every running application in Cockpit
        grant(StaffGroups.CAMAT, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(StaffGroups.CAMAT, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grant(StaffGroups.CAMAT, Resources.PROCESS_DEFINITION, "*", Permissions.READ_HISTORY);
        filter("Tugas saya", "Tugas yang sudah saya klaim", -10,
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
        filter("Tugas grup saya", "Tugas untuk grup saya yang belum diklaim siapa pun", -5,
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned()
                        .orderByDueDate().asc());
    }

    private void group(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }

    private void user(String id, String firstName, String lastName, String groupId) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(id + "@kecamatan.example.go.id");
            user.setPassword(password);
            identity.saveUser(user);
            identity.createMembership(id, groupId);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
        // the engine keeps one row per group and resource; permissions accumulate on it
        Authorization grant = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
        if (grant == null) {
            grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(groupId);
            grant.setResource(resource);
            grant.setResourceId(resourceId);
        } else if (grant.isPermissionGranted(permission)) {
            return;
        }
        grant.addPermission(permission);
        authorizations.saveAuthorization(grant);
    }

    /** Tasklist filters list the task due first at the top (due dates come from the catalogue). */
    private void filter(String name, String description, int priority, TaskQuery query) {
        if (filters.createFilterQuery().filterName(name).count() == 0) {
            Filter filter = filters.newTaskFilter(name);
            filter.setQuery(query);
            filter.setProperties(Map.of("description", description, "priority", priority, "refresh", true));
            filters.saveFilter(filter);
        }
    }
}
